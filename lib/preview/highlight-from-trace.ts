import type { ConversationState, TraceEntry } from "@/lib/runtime";

/** What the canvas highlights (the shape of `useUiStore`'s `highlight`). */
export interface PreviewHighlight {
  activeNodeId?: string;
  pathNodeIds: string[];
  pathEdgeIds: string[];
}

/** An edge of the document, enough to find the one a port followed. */
export interface EdgeRef {
  id: string;
  source: string;
  sourcePort: string;
  target: string;
}

/**
 * The canvas highlight for a conversation: every node it entered and every edge it followed (a
 * `port_taken` whose edge still exists), in first-visit order, and the node it is at now (none
 * once it ended). Jumps that are not edges — a trigger to the Handoff node, a fallback's retry —
 * light their nodes but no edge.
 */
export function highlightFromTrace(trace: readonly TraceEntry[], state: Pick<ConversationState, "status" | "nodeId"> | null, edges: readonly EdgeRef[]): PreviewHighlight {
  const byPort = new Map(edges.map((edge) => [`${edge.source}\u0000${edge.sourcePort}`, edge]));
  const nodes = new Set<string>();
  const edgeIds = new Set<string>();
  for (const entry of trace) {
    if (entry.type === "node_entered") nodes.add(entry.nodeId);
    else if (entry.type === "port_taken" && entry.target !== null) {
      const edge = byPort.get(`${entry.nodeId}\u0000${entry.port}`);
      if (edge && edge.target === entry.target) edgeIds.add(edge.id);
    }
  }
  const highlight: PreviewHighlight = { pathNodeIds: [...nodes], pathEdgeIds: [...edgeIds] };
  if (state && state.status !== "ended" && state.nodeId) highlight.activeNodeId = state.nodeId;
  return highlight;
}

/** True when two highlights show the same thing (skip store updates that change nothing). */
export function sameHighlight(a: PreviewHighlight, b: PreviewHighlight): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((id, i) => id === y[i]);
  return a.activeNodeId === b.activeNodeId && same(a.pathNodeIds, b.pathNodeIds) && same(a.pathEdgeIds, b.pathEdgeIds);
}
