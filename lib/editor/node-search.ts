import { nodeKinds, type FlowNode } from "@/lib/flow";
import { nodeSearchText, nodeTitle } from "./node-text";

/** One search hit: the node, its title and kind label. */
export interface NodeSearchHit {
  id: string;
  title: string;
  kindLabel: string;
  node: FlowNode;
}

/**
 * Nodes matching every word of `query` (case-insensitive) in their title, texts, kind or id;
 * title matches first. An empty query lists every node, in document order.
 */
export function searchNodes(nodes: readonly FlowNode[], query: string, limit = 50): NodeSearchHit[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hits: { hit: NodeSearchHit; score: number }[] = [];
  for (const node of nodes) {
    const text = nodeSearchText(node);
    if (!words.every((word) => text.includes(word))) continue;
    const title = nodeTitle(node);
    const inTitle = words.filter((word) => title.toLowerCase().includes(word)).length;
    hits.push({ hit: { id: node.id, title, kindLabel: nodeKinds[node.kind].label, node }, score: inTitle });
  }
  return hits
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ hit }) => hit);
}
