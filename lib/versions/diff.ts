import type { FlowDocument, FlowEdge, FlowNode } from "@/lib/flow";

/** One changed value, at a readable path like `config.text` or `settings.noMatchLimit`. */
export interface FieldChange {
  path: string;
  /** undefined: the field did not exist on that side. */
  before: unknown;
  after: unknown;
}

/** A node present on both sides whose content changed (moving it does not count). */
export interface ChangedNode {
  id: string;
  before: FlowNode;
  after: FlowNode;
  fields: FieldChange[];
}

/**
 * What changed from document `a` (older) to `b` (newer). Nodes are matched by id; edges by what
 * they connect (source, port, target), so re-creating the same connection is no change and
 * re-targeting one is a removal plus an addition. Layout is reported apart (`movedNodeIds`), since
 * moving a node changes nothing a user of the flow would notice.
 */
export interface DocumentDiff {
  addedNodes: FlowNode[];
  removedNodes: FlowNode[];
  changedNodes: ChangedNode[];
  movedNodeIds: string[];
  addedEdges: FlowEdge[];
  removedEdges: FlowEdge[];
  /** Flow name, settings and variables. */
  flowFields: FieldChange[];
}

/**
 * Compares two flow documents (pure; neither is modified). `diffDocuments(a, a)` is empty, every
 * node id only in `a` is in `removedNodes` and every one only in `b` in `addedNodes`, in document
 * order.
 */
export function diffDocuments(a: FlowDocument, b: FlowDocument): DocumentDiff {
  const before = new Map(a.nodes.map((node) => [node.id, node]));
  const after = new Map(b.nodes.map((node) => [node.id, node]));
  const changedNodes: ChangedNode[] = [];
  const movedNodeIds: string[] = [];
  for (const node of b.nodes) {
    const old = before.get(node.id);
    if (!old || old === node) continue;
    const fields = diffValues(withoutLayout(old), withoutLayout(node), "");
    if (fields.length > 0) changedNodes.push({ id: node.id, before: old, after: node, fields });
    if (old.position.x !== node.position.x || old.position.y !== node.position.y) movedNodeIds.push(node.id);
  }
  const edgeKeysA = new Set(a.edges.map(edgeKey));
  const edgeKeysB = new Set(b.edges.map(edgeKey));
  return {
    addedNodes: b.nodes.filter((node) => !before.has(node.id)),
    removedNodes: a.nodes.filter((node) => !after.has(node.id)),
    changedNodes,
    movedNodeIds,
    addedEdges: uniqueEdges(b.edges.filter((edge) => !edgeKeysA.has(edgeKey(edge)))),
    removedEdges: uniqueEdges(a.edges.filter((edge) => !edgeKeysB.has(edgeKey(edge)))),
    flowFields: [
      ...diffValues(a.name, b.name, "name"),
      ...diffValues(a.settings, b.settings, "settings"),
      ...diffValues(variablesByName(a), variablesByName(b), "variables"),
    ],
  };
}

/** True when the diff has nothing to show (layout-only changes included as "nothing"). */
export function isEmptyDiff(diff: DocumentDiff): boolean {
  return (
    diff.addedNodes.length + diff.removedNodes.length + diff.changedNodes.length + diff.addedEdges.length + diff.removedEdges.length + diff.flowFields.length === 0
  );
}

/** `config.text: "Hi" → "Hello"`; long values are shortened, a missing side reads "(none)". */
export function formatFieldChange(change: FieldChange, maxLength = 60): string {
  return `${change.path}: ${formatValue(change.before, maxLength)} → ${formatValue(change.after, maxLength)}`;
}

function formatValue(value: unknown, maxLength: number): string {
  if (value === undefined) return "(none)";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/**
 * The leaf differences between two JSON-like values. Objects are compared key by key; arrays of
 * the same length element by element (so one changed example is one line); anything else that
 * differs is one change at `path`.
 */
function diffValues(a: unknown, b: unknown, path: string): FieldChange[] {
  if (Object.is(a, b)) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return deepEqual(a, b) ? [] : [{ path, before: a, after: b }];
    return a.flatMap((item, index) => diffValues(item, b[index], `${path}[${index}]`));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((key) => diffValues(a[key], b[key], path ? `${path}.${key}` : key));
  }
  return deepEqual(a, b) ? [] : [{ path: path || "(value)", before: a, after: b }];
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => deepEqual(a[key], b[key]));
  }
  return false;
}

function isPlainObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function withoutLayout(node: FlowNode): { [key: string]: unknown } {
  const { position: _position, id: _id, ...rest } = node;
  return rest;
}

function variablesByName(document: FlowDocument): { [name: string]: unknown } {
  return Object.fromEntries(document.variables.map(({ name, ...rest }) => [name, rest]));
}

function edgeKey(edge: FlowEdge): string {
  return `${edge.source}\u0000${edge.sourcePort}\u0000${edge.target}`;
}

// A hand-edited document may hold the same connection twice; list it once.
function uniqueEdges(edges: FlowEdge[]): FlowEdge[] {
  const seen = new Set<string>();
  return edges.filter((edge) => {
    const key = edgeKey(edge);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
