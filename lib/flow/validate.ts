import type { RuntimeBundle } from "./bundle";
import { compileParsed, type CompileMeta } from "./compile";
import type { FlowDocument } from "./document";
import { buildFlowGraph } from "./validate/flow-graph";
import { isRecord } from "./validate/is-record";
import { parseFlow } from "./validate/parse-flow";
import { problem, type Problem } from "./validate/problem";
import type { Rule } from "./validate/rule";
import { checkFallbacks } from "./validate/rules/fallbacks";
import { checkIntents } from "./validate/rules/intents";
import { checkLoops } from "./validate/rules/loops";
import { checkOperators } from "./validate/rules/operators";
import { checkPorts } from "./validate/rules/ports";
import { checkQueues } from "./validate/rules/queues";
import { checkReachability } from "./validate/rules/reachability";
import { checkSettings } from "./validate/rules/settings";
import { checkEdges, checkNodes } from "./validate/rules/structure";
import { checkVariables } from "./validate/rules/variables";

export { problemCodes, type Problem, type ProblemCode } from "./validate/problem";

/** Graph rules in reporting order (within one node, problems follow this order). */
const rules: Rule[] = [
  checkNodes, checkEdges, checkPorts, checkReachability, checkLoops, checkFallbacks, checkSettings,
  checkQueues, checkVariables, checkIntents, checkOperators,
];

/**
 * Everything wrong or risky in a flow document, for the editor (shown on the nodes), publish
 * (refuses errors) and the CLI (exits non-zero on errors). Accepts anything — garbage, partial or
 * outdated documents — and never throws. Schema problems come first (with the JSON path, and the
 * node id when the path is inside a node), then graph rules on whatever parsed: flow-wide problems,
 * then per node in document order, each node's in rule order.
 */
export function validate(document: unknown): Problem[] {
  return check(document).problems;
}

/**
 * `validate(document)` and, when it finds no errors, `compileFlow` on the same parse: what publish
 * runs, so a big document is parsed once. `bundle` is null whenever `problems` has an error.
 */
export function validateAndCompile(document: unknown, meta: CompileMeta): { problems: Problem[]; bundle: RuntimeBundle | null } {
  const { problems, parsed } = check(document);
  const clean = parsed !== null && problems.every((item) => item.severity !== "error");
  return { problems, bundle: clean ? compileParsed(parsed, meta) : null };
}

function check(document: unknown): { problems: Problem[]; parsed: FlowDocument | null } {
  try {
    const flow = parseFlow(document);
    // Nothing to run graph rules on: "no Start node" would only repeat "not a flow document".
    if (!isRecord(document)) return { problems: flow.problems, parsed: null };
    const graph = buildFlowGraph(flow);
    const order = new Map(graph.nodes.map((node) => [node.id, node.index]));
    const found = rules.flatMap((rule) => rule(graph, flow));
    const position = (item: Problem) => (item.nodeId === undefined ? -1 : (order.get(item.nodeId) ?? -1));
    // Array.prototype.sort is stable, so rule order survives within each node.
    found.sort((a, b) => position(a) - position(b));
    return { problems: [...flow.problems, ...found], parsed: flow.document };
  } catch (error) {
    // A rule crashing must not take the editor down with it; say so instead.
    const crashed = [
      problem(
        "schema",
        "error",
        `The flow could not be checked completely (${error instanceof Error ? error.message : String(error)}).`,
        "Report this as a bug with the flow attached.",
      ),
    ];
    return { problems: crashed, parsed: null };
  }
}
