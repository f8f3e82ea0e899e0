import { portsOf, type FlowDocument, type FlowEdge, type FlowNode, type FlowSettings } from "@/lib/flow";
import { edgeIdFor } from "./create-node";

/**
 * Pure edits of a flow document. Each returns a new document in which every node and edge that the
 * edit did not touch keeps its object identity (React Flow and the memoised node components skip
 * work for unchanged objects), or the same document when nothing changed.
 */

/** Replaces one node through `update`; the same document when the node is missing or unchanged. */
export function updateNode(doc: FlowDocument, nodeId: string, update: (node: FlowNode) => FlowNode): FlowDocument {
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    if (node.id !== nodeId) return node;
    const next = update(node);
    if (next !== node) changed = true;
    return next;
  });
  return changed ? { ...doc, nodes } : doc;
}

/**
 * The node with another config. The caller passes the config of the node's own kind (the inspector
 * edits the selected node); Object.assign keeps the discriminated union intact for the compiler.
 */
export function withConfig(node: FlowNode, config: FlowNode["config"]): FlowNode {
  return Object.assign({}, node, { config });
}

/** Moves nodes; positions are keyed by node id. */
export function moveNodes(doc: FlowDocument, positions: ReadonlyMap<string, { x: number; y: number }>): FlowDocument {
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    const to = positions.get(node.id);
    if (!to || (to.x === node.position.x && to.y === node.position.y)) return node;
    changed = true;
    return { ...node, position: { x: to.x, y: to.y } };
  });
  return changed ? { ...doc, nodes } : doc;
}

/** Removes nodes (with every edge touching them) and edges; settings stop pointing at removed nodes. */
export function removeElements(doc: FlowDocument, nodeIds: readonly string[], edgeIds: readonly string[]): FlowDocument {
  const goneNodes = new Set(nodeIds);
  const goneEdges = new Set(edgeIds);
  const nodes = doc.nodes.filter((node) => !goneNodes.has(node.id));
  const edges = doc.edges.filter(
    (edge) => !goneEdges.has(edge.id) && !goneNodes.has(edge.source) && !goneNodes.has(edge.target),
  );
  if (nodes.length === doc.nodes.length && edges.length === doc.edges.length) return doc;
  return { ...doc, nodes, edges, settings: forgetNodes(doc.settings, goneNodes) };
}

function forgetNodes(settings: FlowSettings, gone: ReadonlySet<string>): FlowSettings {
  const { liveAgent, defaultFallbackNodeId, errorHandlerNodeId } = settings;
  const dangling =
    (liveAgent.handoffNodeId !== undefined && gone.has(liveAgent.handoffNodeId)) ||
    (defaultFallbackNodeId !== undefined && gone.has(defaultFallbackNodeId)) ||
    (errorHandlerNodeId !== undefined && gone.has(errorHandlerNodeId));
  if (!dangling) return settings;
  const keep = (id: string | undefined) => (id !== undefined && gone.has(id) ? undefined : id);
  return {
    ...settings,
    liveAgent: { ...liveAgent, handoffNodeId: keep(liveAgent.handoffNodeId) },
    defaultFallbackNodeId: keep(defaultFallbackNodeId),
    errorHandlerNodeId: keep(errorHandlerNodeId),
  };
}

/**
 * Connects `source`'s `sourcePort` to `target`. A port holds one edge, so an existing edge from the
 * same port is replaced. Unknown nodes or ports, and edges into the Start node, are ignored.
 */
export function connect(doc: FlowDocument, source: string, sourcePort: string, target: string): FlowDocument {
  const from = doc.nodes.find((node) => node.id === source);
  const to = doc.nodes.find((node) => node.id === target);
  if (!from || !to || to.kind === "start" || !portsOf(from).includes(sourcePort)) return doc;
  const existing = doc.edges.find((edge) => edge.source === source && edge.sourcePort === sourcePort);
  if (existing?.target === target) return doc;
  const edge: FlowEdge = { id: edgeIdFor(source, sourcePort), source, sourcePort, target };
  const others = doc.edges.filter((e) => e !== existing && e.id !== edge.id);
  return { ...doc, edges: [...others, edge] };
}

/** Adds nodes and edges (paste, duplicate, "add node here"); ids must already be unique. */
export function addElements(doc: FlowDocument, nodes: readonly FlowNode[], edges: readonly FlowEdge[]): FlowDocument {
  if (nodes.length === 0 && edges.length === 0) return doc;
  return { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] };
}
