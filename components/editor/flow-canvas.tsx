"use client";

import {
  Controls, MiniMap, ReactFlow, useReactFlow, useStore, useStoreApi,
  type Connection, type FinalConnectionState, type FitViewOptions, type IsValidConnection, type OnDelete,
} from "@xyflow/react";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type DragEvent, type MouseEvent as ReactMouseEvent } from "react";
import type { NodeKind } from "@/lib/flow";
import { connect as connectIn } from "@/lib/editor/document-ops";
import { useDocumentStore } from "@/lib/editor/document-store";
import { FIT_MAX_ZOOM, FIT_PADDING, firstViewNodes } from "@/lib/editor/first-view";
import { nodeAppearance } from "@/lib/editor/node-appearance";
import type { CanvasEdge, CanvasNode } from "@/lib/editor/to-react-flow";
import { useUiStore } from "@/lib/editor/ui-store";
import { AddNodeMenu, type PendingConnection } from "./add-node-menu";
import { CanvasDots } from "./canvas-dots";
import { CanvasLayers } from "./canvas-layers";
import { edgeTypes } from "./edge-types";
import { TinyEdges } from "./edges/tiny-edges";
import { registerVisibleRect } from "./editor-commands";
import { nodeBox } from "./node-box";
import { NodeContextMenu } from "./node-context-menu";
import { nodeTypes } from "./node-types";
import { PALETTE_MIME, isNodeKind } from "./palette-drag";
import { useCanvasElements } from "./use-canvas-elements";
import { useFollowPreview } from "./use-follow-preview";
import { zoomAttribute, zoomLevelOf, ZoomLevelContext } from "./zoom-level";

export const GRID: [number, number] = [16, 16];
const deleteKeys = ["Delete", "Backspace"];
const multiSelectKeys = ["Shift", "Meta", "Control"];
const minimapColor = (node: CanvasNode) => nodeAppearance[node.data.node.kind].color;
const proOptions = { hideAttribution: true };

/**
 * The flow canvas: React Flow over the document store. Everything that changes the flow goes
 * through the store (one undo step each); React Flow keeps only transient state (drag positions,
 * measured sizes, the viewport).
 */
export function FlowCanvas() {
  const { nodes, edges, onNodesChange, onEdgesChange } = useCanvasElements();
  const { screenToFlowPosition, setCenter, getInternalNode, getZoom } = useReactFlow<CanvasNode, CanvasEdge>();
  const zoomLevel = useStore(zoomLevelOf);
  const zoomedOut = zoomLevel !== "full";
  const [pending, setPending] = useState<PendingConnection | null>(null);
  const [menu, setMenu] = useState<{ at: { x: number; y: number }; target: "selection" | "pane" } | null>(null);
  // The first view: measured before React Flow mounts, so the flow opens fitted — whole when it
  // reads at that size, else its start (see firstViewNodes) — without a frame at the wrong zoom.
  const canvasRef = useRef<HTMLDivElement>(null);
  const [initialFit, setInitialFit] = useState<FitViewOptions | null>(null);
  // an empty flow keeps zoom 1, so its first node lands where it is dropped
  const [fitOnLoad] = useState(() => useDocumentStore.getState().document.nodes.length > 0);
  useLayoutEffect(() => {
    const box = canvasRef.current?.getBoundingClientRect() ?? { width: 0, height: 0 };
    const nodes = firstViewNodes(useDocumentStore.getState().document.nodes, box);
    setInitialFit({ maxZoom: FIT_MAX_ZOOM, padding: FIT_PADDING, ...(nodes ? { nodes } : {}) });
  }, []);

  const onConnect = useCallback((connection: Connection) => {
    if (connection.sourceHandle) useDocumentStore.getState().connect(connection.source, connection.sourceHandle, connection.target);
  }, []);

  // dragging an edge's end onto another node re-targets it (its port still holds one edge)
  const onReconnect = useCallback((old: CanvasEdge, connection: Connection) => {
    const store = useDocumentStore.getState();
    if (old.source === connection.source && old.sourceHandle === connection.sourceHandle) {
      store.connect(connection.source, connection.sourceHandle ?? "", connection.target);
    } else if (connection.sourceHandle) {
      const doc = store.document;
      const withoutOld = { ...doc, edges: doc.edges.filter((edge) => edge.id !== old.id) };
      store.applyDocument(connectIn(withoutOld, connection.source, connection.sourceHandle, connection.target), "Reconnect");
    }
  }, []);

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      // null = released away from any handle: offer to create the next node right there
      if (state.isValid !== null || !state.fromNode || !state.fromHandle?.id || state.fromHandle.type !== "source") return;
      const point = "changedTouches" in event ? event.changedTouches[0] : event;
      if (!point) return;
      const screen = { x: point.clientX, y: point.clientY };
      setPending({ screen, flow: screenToFlowPosition(screen, { snapToGrid: true }), source: state.fromNode.id, sourcePort: state.fromHandle.id });
    },
    [screenToFlowPosition],
  );

  const addPendingNode = useCallback(
    (kind: NodeKind) => {
      if (!pending) return;
      const store = useDocumentStore.getState();
      const id = store.addNode(kind, { x: pending.flow.x, y: pending.flow.y - GRID[1] * 2 });
      store.connect(pending.source, pending.sourcePort, id);
      useUiStore.getState().select([id], []);
      setPending(null);
    },
    [pending],
  );

  // stable, so the memoised menus skip the canvas's re-render on every drag frame
  const closePending = useCallback(() => setPending(null), []);
  const closeMenu = useCallback(() => setMenu(null), []);

  const onDelete: OnDelete<CanvasNode, CanvasEdge> = useCallback(({ nodes: gone, edges: goneEdges }) => {
    useDocumentStore.getState().removeElements(gone.map((node) => node.id), goneEdges.map((edge) => edge.id));
    useUiStore.getState().select([], []);
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME);
      if (!isNodeKind(kind)) return;
      event.preventDefault();
      const position = screenToFlowPosition({ x: event.clientX, y: event.clientY }, { snapToGrid: true });
      const id = useDocumentStore.getState().addNode(kind, position);
      useUiStore.getState().select([id], []);
    },
    [screenToFlowPosition],
  );

  const onNodeContextMenu = useCallback((event: ReactMouseEvent, node: CanvasNode) => {
    event.preventDefault();
    const ui = useUiStore.getState();
    if (!ui.selectedNodeIds.includes(node.id)) ui.select([node.id], []);
    setMenu({ at: { x: event.clientX, y: event.clientY }, target: "selection" });
  }, []);

  const onSelectionContextMenu = useCallback((event: ReactMouseEvent) => {
    event.preventDefault();
    setMenu({ at: { x: event.clientX, y: event.clientY }, target: "selection" });
  }, []);

  const onEdgeContextMenu = useCallback((event: ReactMouseEvent, edge: CanvasEdge) => {
    event.preventDefault();
    useUiStore.getState().select([], [edge.id]);
    setMenu({ at: { x: event.clientX, y: event.clientY }, target: "selection" });
  }, []);

  const onPaneContextMenu = useCallback((event: ReactMouseEvent | MouseEvent) => {
    event.preventDefault();
    setMenu({ at: { x: event.clientX, y: event.clientY }, target: "pane" });
  }, []);

  // Pasted nodes should land where the designer can see them.
  const storeApi = useStoreApi();
  useEffect(() => {
    registerVisibleRect(() => {
      const { width, height, transform } = storeApi.getState();
      const [x, y, zoom] = transform;
      return width > 0 ? { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom } : null;
    });
    return () => registerVisibleRect(null);
  }, [storeApi]);

  useFollowPreview();

  // Centre the node the rest of the editor asked for (search, problems panel, preview).
  const focusRequest = useUiStore((state) => state.focusRequest);
  useEffect(() => {
    if (!focusRequest) return;
    const node = getInternalNode(focusRequest.nodeId);
    if (!node) return;
    const { x, y, width, height } = nodeBox(node);
    void setCenter(x + width / 2, y + height / 2, { zoom: Math.max(getZoom(), 0.9), duration: 300 });
  }, [focusRequest, getInternalNode, setCenter, getZoom]);

  return (
    <div
      ref={canvasRef}
      className="relative h-full w-full"
      data-testid="flow-canvas"
      data-zoom={zoomAttribute(zoomLevel)}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <CanvasLayers>
        {initialFit && (
          <ZoomLevelContext.Provider value={zoomLevel}>
            <ReactFlow<CanvasNode, CanvasEdge>
              nodes={nodes}
              edges={edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={onNodesChange}
              onEdgesChange={onEdgesChange}
              onConnect={onConnect}
              onConnectEnd={onConnectEnd}
              onReconnect={onReconnect}
              // zoomed out, an edge's ends are too small to grab; their invisible grab circles (two per
              // edge) would still be laid out and hit-tested on every frame
              edgesReconnectable={!zoomedOut}
              isValidConnection={isValidConnection}
              onDelete={onDelete}
              onNodeContextMenu={onNodeContextMenu}
              onSelectionContextMenu={onSelectionContextMenu}
              onEdgeContextMenu={onEdgeContextMenu}
              onPaneContextMenu={onPaneContextMenu}
              deleteKeyCode={deleteKeys}
              multiSelectionKeyCode={multiSelectKeys}
              snapToGrid
              snapGrid={GRID}
              // zoomed out, most of the flow is on screen and culling would only add and remove
              // nodes at the edges on every pan frame; the simple bodies are cheap to keep
              onlyRenderVisibleElements={!zoomedOut}
              fitView={fitOnLoad}
              fitViewOptions={initialFit}
              // low enough that fit view shows every node of a 2,000-node flow beside the sidebars
              minZoom={0.02}
              maxZoom={2}
              proOptions={proOptions}
            >
              {/* zoomed out, the dots would be a pixel apart: a grey haze over the flow */}
              {zoomedOut ? null : <CanvasDots gap={GRID[0]} color="#cbd5e1" />}
              {/*
                zoomed out, the canvas is the overview and the minimap would repeat it — while redrawing
                its rectangle per node on every frame of a pan or drag (on a big flow, more than the canvas)
              */}
              {zoomedOut ? null : <MiniMap<CanvasNode> nodeColor={minimapColor} nodeStrokeWidth={2} pannable zoomable ariaLabel="Minimap" />}
              <Controls showInteractive={false} />
              {zoomLevel === "tiny" ? <TinyEdges edges={edges} /> : null}
            </ReactFlow>
          </ZoomLevelContext.Provider>
        )}
      </CanvasLayers>
      <AddNodeMenu pending={pending} onPick={addPendingNode} onClose={closePending} />
      <NodeContextMenu at={menu?.at ?? null} target={menu?.target ?? "pane"} onClose={closeMenu} />
    </div>
  );
}

function onDragOver(event: DragEvent) {
  if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = "move";
}

/** One edge per port is enforced by the store; here: no edges into Start, none from a node to itself. */
const isValidConnection: IsValidConnection<CanvasEdge> = (connection) => {
  if (connection.source === connection.target) return false;
  const target = useDocumentStore.getState().document.nodes.find((node) => node.id === connection.target);
  return target !== undefined && target.kind !== "start";
};
