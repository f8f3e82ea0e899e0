import type { FlowDocument, FlowNode } from "@/lib/flow";

/** Where each connected output port of `nodeId` leads: port name → target node. */
export function portTargets(doc: Pick<FlowDocument, "nodes" | "edges">, nodeId: string): Map<string, FlowNode> {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const targets = new Map<string, FlowNode>();
  for (const edge of doc.edges) {
    const target = byId.get(edge.target);
    if (edge.source === nodeId && target) targets.set(edge.sourcePort, target);
  }
  return targets;
}
