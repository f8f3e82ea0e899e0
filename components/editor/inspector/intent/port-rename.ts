import type { FlowDocument } from "@/lib/flow";
import { edgeIdFor } from "@/lib/editor/create-node";

/**
 * The document with the edge leaving `nodeId` through port `from` moved to port `to` — what
 * renaming an intent must do so its connection is not lost. The same document when there is no
 * such edge or `to` is already connected; other edges keep their identity.
 */
export function renamePortEdges(doc: FlowDocument, nodeId: string, from: string, to: string): FlowDocument {
  if (from === to) return doc;
  const taken = doc.edges.some((edge) => edge.source === nodeId && edge.sourcePort === to);
  const index = doc.edges.findIndex((edge) => edge.source === nodeId && edge.sourcePort === from);
  const edge = doc.edges[index];
  if (taken || edge === undefined) return doc;
  const edges = doc.edges.map((current, i) => (i === index ? { ...current, id: edgeIdFor(nodeId, to), sourcePort: to } : current));
  return { ...doc, edges };
}
