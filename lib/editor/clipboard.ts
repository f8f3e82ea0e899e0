import { z } from "zod";
import { flowEdgeSchema, flowNodeSchema, type FlowDocument, type FlowEdge, type FlowNode } from "@/lib/flow";
import { edgeIdFor, newNodeId } from "./create-node";

/** What copy puts on the clipboard: nodes and the edges between them, tagged so paste recognises it. */
export const clipboardPayloadSchema = z.object({
  baton: z.literal("nodes"),
  nodes: z.array(flowNodeSchema),
  edges: z.array(flowEdgeSchema),
});
export type ClipboardPayload = z.infer<typeof clipboardPayloadSchema>;

/** The selected nodes with the edges among them (edges to nodes left behind are not copied). */
export function copySelection(doc: FlowDocument, nodeIds: readonly string[]): ClipboardPayload | null {
  const ids = new Set(nodeIds);
  const nodes = doc.nodes.filter((node) => ids.has(node.id));
  if (nodes.length === 0) return null;
  const edges = doc.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
  return { baton: "nodes", nodes, edges };
}

/** Parses clipboard text; null unless it is a Baton nodes payload. */
export function parseClipboard(text: string): ClipboardPayload | null {
  try {
    const parsed = clipboardPayloadSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The payload made ready to add to `doc`: fresh node ids (so pasting twice, or into the flow it was
 * copied from, never collides), edges re-pointed at them, positions shifted by `offset`. A Start
 * node is dropped when `doc` already has one (a flow has exactly one start).
 */
export function preparePaste(
  doc: FlowDocument,
  payload: ClipboardPayload,
  offset: { x: number; y: number },
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const hasStart = doc.nodes.some((node) => node.kind === "start");
  const taken = new Set(doc.nodes.map((node) => node.id));
  const renamed = new Map<string, string>();
  const nodes: FlowNode[] = [];
  for (const node of payload.nodes) {
    if (node.kind === "start" && (hasStart || nodes.some((n) => n.kind === "start"))) continue;
    const id = newNodeId(node.kind, taken);
    taken.add(id);
    renamed.set(node.id, id);
    nodes.push({ ...node, id, position: { x: node.position.x + offset.x, y: node.position.y + offset.y } });
  }
  const edges = payload.edges.flatMap((edge) => {
    const source = renamed.get(edge.source);
    const target = renamed.get(edge.target);
    return source && target ? [{ id: edgeIdFor(source, edge.sourcePort), source, sourcePort: edge.sourcePort, target }] : [];
  });
  return { nodes, edges };
}
