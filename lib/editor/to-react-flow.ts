import type { Edge, Node } from "@xyflow/react";
import { nodeKinds, type FlowDocument, type FlowEdge, type FlowNode, type FlowNodeOf, type NodeKind } from "@/lib/flow";
import { estimateNodeLayout } from "./node-layout-estimate";
import { nodeTitle } from "./node-text";

/** What a canvas node carries: the document node itself (its identity changes only when it changes). */
export type CanvasNodeData = { node: FlowNode };
export type CanvasNode = Node<CanvasNodeData, NodeKind>;
/** A canvas node of one kind, as its node component receives it. */
export type KindNode<K extends NodeKind> = Node<{ node: FlowNodeOf<K> }, K>;

/** What a canvas edge carries: the port it leaves from, for its label and style. */
export type CanvasEdgeData = { port: string };
export type CanvasEdge = Edge<CanvasEdgeData, "port">;

/**
 * The React Flow nodes for `doc`, reusing `previous` wherever possible: a canvas node whose document
 * node and selection are unchanged is returned as the same object, so React Flow and the memoised
 * node components skip it (a drag or an edit touches only the nodes it changes). A node that did
 * change keeps the size React Flow measured for it, so it is not hidden and measured again. When
 * nothing changed at all, `previous` itself is returned. With `estimate` (the flow as it opens),
 * nodes get an estimate of their size and handles, so React Flow renders only those in view;
 * nodes added later are rendered and measured by React Flow itself, wherever they land.
 */
export function syncNodes(doc: FlowDocument, previous: CanvasNode[], selected: ReadonlySet<string>, estimate = false): CanvasNode[] {
  const byId = new Map(previous.map((node) => [node.id, node]));
  let changed = previous.length !== doc.nodes.length;
  const nodes = doc.nodes.map((node, index) => {
    const before = byId.get(node.id);
    const isSelected = selected.has(node.id);
    if (before && before.data.node === node && (before.selected ?? false) === isSelected) {
      if (previous[index] !== before) changed = true;
      return before;
    }
    changed = true;
    return toCanvasNode(node, isSelected, before, estimate);
  });
  return changed ? nodes : previous;
}

function toCanvasNode(node: FlowNode, selected: boolean, before: CanvasNode | undefined, estimate: boolean): CanvasNode {
  return {
    id: node.id,
    type: node.kind,
    position: node.position,
    data: { node },
    selected,
    ariaLabel: `${nodeKinds[node.kind].label}: ${nodeTitle(node)}`,
    // keep React Flow's measurement so a changed node is not hidden and measured again
    ...(before?.measured ? { measured: before.measured } : estimate ? estimated(node) : {}),
  };
}

/**
 * The estimate as React Flow's own measurement: it then culls the node while off-screen and fits
 * it into view like any measured node. Half a pixel off the real (whole-pixel) size, so React Flow
 * measures the node, and its handles, when it first renders it.
 */
function estimated(node: FlowNode): Pick<CanvasNode, "measured" | "handles"> {
  const { width, height, handles } = estimateNodeLayout(node);
  return { measured: { width, height: height + 0.5 }, handles };
}

/**
 * `nodes` with the estimated handles dropped from the nodes React Flow has just measured (`ids`):
 * given handles, React Flow would keep using them instead of the ones it measured.
 */
export function dropEstimates(nodes: CanvasNode[], ids: ReadonlySet<string>): CanvasNode[] {
  return nodes.map((node) => {
    if (!ids.has(node.id) || node.handles === undefined) return node;
    const { handles: _estimate, ...measured } = node;
    return measured;
  });
}

/** The React Flow edges for `doc`, reusing `previous` objects for unchanged edges (as `syncNodes`). */
export function syncEdges(doc: FlowDocument, previous: CanvasEdge[], selected: ReadonlySet<string>): CanvasEdge[] {
  const byId = new Map(previous.map((edge) => [edge.id, edge]));
  let changed = previous.length !== doc.edges.length;
  const edges = doc.edges.map((edge, index) => {
    const before = byId.get(edge.id);
    const isSelected = selected.has(edge.id);
    if (before && sameEdge(before, edge) && (before.selected ?? false) === isSelected) {
      if (previous[index] !== before) changed = true;
      return before;
    }
    changed = true;
    return toCanvasEdge(edge, isSelected);
  });
  return changed ? edges : previous;
}

function sameEdge(canvas: CanvasEdge, edge: FlowEdge): boolean {
  return canvas.source === edge.source && canvas.target === edge.target && canvas.sourceHandle === edge.sourcePort;
}

function toCanvasEdge(edge: FlowEdge, selected: boolean): CanvasEdge {
  return {
    id: edge.id,
    type: "port",
    source: edge.source,
    sourceHandle: edge.sourcePort,
    target: edge.target,
    data: { port: edge.sourcePort },
    selected,
  };
}

/** Where the canvas nodes are now, keyed by id: what a finished drag commits to the document. */
export function positionsOf(nodes: readonly Pick<CanvasNode, "id" | "position">[]): Map<string, { x: number; y: number }> {
  return new Map(nodes.map((node) => [node.id, { x: node.position.x, y: node.position.y }]));
}
