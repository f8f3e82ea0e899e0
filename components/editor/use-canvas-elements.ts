"use client";

import { applyNodeChanges, type EdgeChange, type NodeChange } from "@xyflow/react";
import { useCallback, useState } from "react";
import { useDocumentStore } from "@/lib/editor/document-store";
import { dropEstimates, syncEdges, syncNodes, type CanvasEdge, type CanvasNode } from "@/lib/editor/to-react-flow";
import { useUiStore } from "@/lib/editor/ui-store";

/**
 * The React Flow nodes and edges of the open document, and the change handlers that feed React
 * Flow's events back: selection goes to the UI store, a finished drag (or arrow-key move) becomes
 * one undoable `moveNodes`, and positions during a drag and measured sizes stay local to the canvas.
 */
export function useCanvasElements() {
  const document = useDocumentStore((state) => state.document);
  const selectedNodeIds = useUiStore((state) => state.selectedNodeIds);
  const selectedEdgeIds = useUiStore((state) => state.selectedEdgeIds);
  const [nodes, setNodes] = useState<CanvasNode[]>([]);
  const [edges, setEdges] = useState<CanvasEdge[]>([]);
  const [basis, setBasis] = useState<{ document: unknown; nodeIds: unknown; edgeIds: unknown }>({ document: null, nodeIds: null, edgeIds: null });

  // Derive during render (not in an effect) so the canvas never paints a stale frame.
  if (basis.document !== document || basis.nodeIds !== selectedNodeIds || basis.edgeIds !== selectedEdgeIds) {
    setBasis({ document, nodeIds: selectedNodeIds, edgeIds: selectedEdgeIds });
    if (basis.document !== document || basis.nodeIds !== selectedNodeIds) {
      const selected = new Set(selectedNodeIds);
      // the flow as opened: estimated sizes, so off-screen nodes are not rendered just to be measured
      const opening = basis.document === null;
      setNodes((previous) => syncNodes(document, previous, selected, opening));
    }
    if (basis.document !== document || basis.edgeIds !== selectedEdgeIds) {
      const selected = new Set(selectedEdgeIds);
      setEdges((previous) => syncEdges(document, previous, selected));
    }
  }

  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    const local: NodeChange<CanvasNode>[] = [];
    const moved = new Map<string, { x: number; y: number }>();
    const measured = new Set<string>();
    let selection: Set<string> | null = null;
    for (const change of changes) {
      if (change.type === "select") {
        selection ??= new Set(useUiStore.getState().selectedNodeIds);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
      } else if (change.type !== "remove") {
        // removals arrive through onDelete as one undoable change of the document
        local.push(change);
        if (change.type === "position" && change.dragging === false && change.position) moved.set(change.id, change.position);
        if (change.type === "dimensions") measured.add(change.id);
      }
    }
    if (local.length > 0) {
      setNodes((previous) => {
        const next = applyNodeChanges(local, previous);
        return measured.size > 0 ? dropEstimates(next, measured) : next;
      });
    }
    if (selection) useUiStore.getState().select([...selection], useUiStore.getState().selectedEdgeIds);
    if (moved.size > 0) useDocumentStore.getState().moveNodes(moved);
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<CanvasEdge>[]) => {
    let selection: Set<string> | null = null;
    for (const change of changes) {
      if (change.type !== "select") continue;
      selection ??= new Set(useUiStore.getState().selectedEdgeIds);
      if (change.selected) selection.add(change.id);
      else selection.delete(change.id);
    }
    if (selection) useUiStore.getState().select(useUiStore.getState().selectedNodeIds, [...selection]);
  }, []);

  return { nodes, edges, onNodesChange, onEdgesChange };
}
