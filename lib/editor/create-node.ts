import { flowNodeSchema, nodeKinds, type FlowNode, type NodeKind } from "@/lib/flow";

/**
 * A fresh node of `kind` with its kind's defaults. Parsing through the schema gives each node its
 * own config objects (never shared with the defaults) and a correctly typed union member.
 */
export function createNode(kind: NodeKind, id: string, position: { x: number; y: number }): FlowNode {
  return flowNodeSchema.parse({ id, kind, position, config: nodeKinds[kind].defaults });
}

/** A short, readable, collision-resistant node id such as `handoff_k3x9q2`. */
export function newNodeId(kind: NodeKind, taken: ReadonlySet<string>): string {
  for (;;) {
    const id = `${kind}_${Math.random().toString(36).slice(2, 8)}`;
    if (!taken.has(id)) return id;
  }
}

/** The id of the edge leaving `source` through `sourcePort`: one edge per port, so it is unique. */
export function edgeIdFor(source: string, sourcePort: string): string {
  return `${source}:${sourcePort}`;
}
