import type { FlowGraph } from "./flow-graph";
import type { ParsedFlow } from "./parse-flow";
import type { Problem } from "./problem";

/** One validation rule: reads the indexed graph (and the raw parse where it needs duplicates). */
export type Rule = (graph: FlowGraph, flow: ParsedFlow) => Problem[];
