import type { Edge, Node } from "@xyflow/react";
import { nodeTitle } from "@/lib/editor/node-text";
import type { FlowDocument } from "@/lib/flow";

/** What the peer page renders: React Flow's own default nodes and edges. */
export interface PeerGraph {
  nodes: Node<{ label: string }>[];
  edges: Edge[];
}

/**
 * The same graph as Baton's canvas shows for `document`, as plain React Flow elements: one
 * default node per document node (same id and position, labelled with the node's title) and one
 * default edge per document edge. Default nodes have one unnamed source handle, so edges carry no
 * `sourceHandle`.
 */
export function toPeerGraph(document: FlowDocument): PeerGraph {
  return {
    nodes: document.nodes.map((node) => ({ id: node.id, type: "default", position: node.position, data: { label: nodeTitle(node) } })),
    edges: document.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
  };
}
