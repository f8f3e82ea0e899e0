import type { EdgeTypes } from "@xyflow/react";
import { PortEdge } from "./edges/port-edge";

/** Edge components, at module scope for the same reason as `nodeTypes`. */
export const edgeTypes = { port: PortEdge } satisfies EdgeTypes;
