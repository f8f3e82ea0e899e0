import type { FlowDocument } from "@/lib/flow";
import { canonicalJson } from "@/lib/flow";
import { nodeTitle } from "./node-text";

/** How two versions of a flow differ, in words a designer can decide on. */
export interface ConflictSummary {
  mineNodeCount: number;
  theirsNodeCount: number;
  /** Titles of nodes only in my version / only in theirs / in both but different. */
  onlyMine: string[];
  onlyTheirs: string[];
  changed: string[];
  nameChanged: { mine: string; theirs: string } | null;
  settingsChanged: boolean;
  edgesChanged: boolean;
}

/** Compares my document with the server's current one, node by node (positions are ignored). */
export function summarizeConflict(mine: FlowDocument, theirs: FlowDocument): ConflictSummary {
  const theirsById = new Map(theirs.nodes.map((node) => [node.id, node]));
  const mineIds = new Set(mine.nodes.map((node) => node.id));
  const label = (node: FlowDocument["nodes"][number]) => `${nodeTitle(node)} (${node.kind})`;
  const changed: string[] = [];
  const onlyMine: string[] = [];
  for (const node of mine.nodes) {
    const other = theirsById.get(node.id);
    if (!other) onlyMine.push(label(node));
    else if (canonicalJson({ ...node, position: null }) !== canonicalJson({ ...other, position: null })) changed.push(label(node));
  }
  const edgeKey = (doc: FlowDocument) => doc.edges.map((e) => `${e.source}:${e.sourcePort}>${e.target}`).sort().join("|");
  return {
    mineNodeCount: mine.nodes.length,
    theirsNodeCount: theirs.nodes.length,
    onlyMine,
    onlyTheirs: theirs.nodes.filter((node) => !mineIds.has(node.id)).map(label),
    changed,
    nameChanged: mine.name === theirs.name ? null : { mine: mine.name, theirs: theirs.name },
    settingsChanged: canonicalJson(mine.settings) !== canonicalJson(theirs.settings) || canonicalJson(mine.variables) !== canonicalJson(theirs.variables),
    edgesChanged: edgeKey(mine) !== edgeKey(theirs),
  };
}
