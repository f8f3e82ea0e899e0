import type { FlowDocument, FlowNode } from "@/lib/flow";

/**
 * Whether `a` and `b` are the same document apart from where their nodes are. Positions change no
 * problem and no bundle, so the problems list and the preview skip such a change (a drag).
 */
export function onlyPositionsDiffer(a: FlowDocument, b: FlowDocument): boolean {
  if (a.schemaVersion !== b.schemaVersion || a.name !== b.name || a.edges !== b.edges || a.variables !== b.variables || a.settings !== b.settings) return false;
  if (a.nodes.length !== b.nodes.length) return false;
  return a.nodes.every((node, index) => {
    const other = b.nodes[index];
    return other !== undefined && (node === other || sameExceptPosition(node, other));
  });
}

function sameExceptPosition(a: FlowNode, b: FlowNode): boolean {
  return a.id === b.id && a.kind === b.kind && a.config === b.config && a.note === b.note && Object.keys(a).length === Object.keys(b).length;
}

