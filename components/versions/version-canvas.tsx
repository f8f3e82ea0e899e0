"use client";

import { Controls, ReactFlow, ReactFlowProvider, useReactFlow } from "@xyflow/react";
import { useEffect, useMemo } from "react";
import { CanvasDots } from "@/components/editor/canvas-dots";
import { edgeTypes } from "@/components/editor/edge-types";
import { FollowZoom } from "@/components/editor/zoom-level";
import { nodeBox } from "@/components/editor/node-box";
import { nodeTypes } from "@/components/editor/node-types";
import { FIT_MAX_ZOOM, FIT_PADDING } from "@/lib/editor/first-view";
import type { CanvasEdge, CanvasNode } from "@/lib/editor/to-react-flow";
import { nodeKinds, type FlowDocument, type FlowEdge, type FlowNode } from "@/lib/flow";
import type { DocumentDiff } from "@/lib/versions/diff";
import { useVersionsView } from "@/lib/versions/versions-view-store";

const proOptions = { hideAttribution: true };
const fitViewOptions = { maxZoom: FIT_MAX_ZOOM, padding: FIT_PADDING };
// Diff colours: added green, changed amber, removed a faded dashed rose ghost (with its edges).
const diffStyles = [
  "[&_.diff-added>div]:ring-4 [&_.diff-added>div]:ring-emerald-400",
  "[&_.diff-changed>div]:ring-4 [&_.diff-changed>div]:ring-amber-400",
  "[&_.diff-removed]:opacity-60 [&_.diff-removed>div]:outline-dashed [&_.diff-removed>div]:outline-2 [&_.diff-removed>div]:outline-offset-2 [&_.diff-removed>div]:outline-rose-500",
  "[&_.diff-edge-added_path]:!stroke-emerald-500 [&_.diff-edge-removed_path]:!stroke-rose-400 [&_.diff-edge-removed_path]:[stroke-dasharray:4_4]",
].join(" ");

/**
 * A read-only canvas of a flow document (a published version, or the newer side of a comparison
 * with the diff painted on it). Has its own React Flow store, so it never touches the editor's.
 */
export function VersionCanvas({ document, diff }: { document: FlowDocument; diff: DocumentDiff | null }) {
  const { nodes, edges } = useMemo(() => toDiffElements(document, diff), [document, diff]);
  return (
    <ReactFlowProvider>
      <div className={`h-full w-full ${diffStyles}`} data-testid="version-canvas">
        <FollowZoom>
          <ReactFlow<CanvasNode, CanvasEdge>
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            nodesDraggable={false}
            nodesConnectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            elementsSelectable={false}
            edgesReconnectable={false}
            deleteKeyCode={null}
            fitView
            fitViewOptions={fitViewOptions}
            minZoom={0.02}
            maxZoom={2}
            proOptions={proOptions}
          >
            <CanvasDots gap={16} color="#e2e8f0" />
            <Controls showInteractive={false} />
            <FocusOnRequest />
          </ReactFlow>
        </FollowZoom>
      </div>
    </ReactFlowProvider>
  );
}

/** Centres the node the diff list asked for. */
function FocusOnRequest() {
  const request = useVersionsView((state) => state.focusRequest);
  const { getInternalNode, setCenter, getZoom } = useReactFlow<CanvasNode, CanvasEdge>();
  useEffect(() => {
    if (!request) return;
    const node = getInternalNode(request.nodeId);
    if (!node) return;
    const { x, y, width, height } = nodeBox(node);
    void setCenter(x + width / 2, y + height / 2, { zoom: Math.max(getZoom(), 0.9), duration: 300 });
  }, [request, getInternalNode, setCenter, getZoom]);
  return null;
}

/** The document's nodes and edges, classed by the diff, plus ghosts of what was removed. */
export function toDiffElements(document: FlowDocument, diff: DocumentDiff | null): { nodes: CanvasNode[]; edges: CanvasEdge[] } {
  const added = new Set(diff?.addedNodes.map((node) => node.id));
  const changed = new Set(diff?.changedNodes.map((node) => node.id));
  const addedEdges = new Set(diff?.addedEdges.map(edgeKey));
  const nodes = [
    ...document.nodes.map((node) => toNode(node, added.has(node.id) ? "diff-added" : changed.has(node.id) ? "diff-changed" : undefined)),
    ...(diff?.removedNodes ?? []).map((node) => toNode(node, "diff-removed")),
  ];
  const edges = [
    ...document.edges.map((edge) => toEdge(edge, edge.id, addedEdges.has(edgeKey(edge)) ? "diff-edge-added" : undefined)),
    ...(diff?.removedEdges ?? []).map((edge) => toEdge(edge, `removed:${edge.id}`, "diff-edge-removed")),
  ];
  return { nodes, edges };
}

function toNode(node: FlowNode, className: string | undefined): CanvasNode {
  return {
    id: node.id,
    type: node.kind,
    position: node.position,
    data: { node },
    ariaLabel: `${nodeKinds[node.kind].label}${className === "diff-removed" ? " (removed)" : ""}`,
    ...(className ? { className } : {}),
  };
}

function toEdge(edge: FlowEdge, id: string, className: string | undefined): CanvasEdge {
  return {
    id,
    type: "port",
    source: edge.source,
    sourceHandle: edge.sourcePort,
    target: edge.target,
    data: { port: edge.sourcePort },
    ...(className ? { className } : {}),
  };
}

function edgeKey(edge: FlowEdge): string {
  return `${edge.source}\u0000${edge.sourcePort}\u0000${edge.target}`;
}
