"use client";

import { EdgeLabelRenderer, useStore, ViewportPortal, type ReactFlowState } from "@xyflow/react";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { createPortal } from "react-dom";

/**
 * React Flow's layers for edge labels and for content in flow coordinates, looked up once per
 * canvas and handed down. Its own <EdgeLabelRenderer> and <ViewportPortal> find their layer with a
 * querySelector inside a store selector, which runs on every store update — each frame of a pan or
 * drag — once per label: on a big flow, the largest piece of script in a pan.
 */
interface Layers {
  labels: HTMLElement | null;
  viewport: HTMLElement | null;
}

const LayersContext = createContext<Layers | null>(null);

const domNodeOf = (state: ReactFlowState) => state.domNode;

/** Provides the layers to everything inside (the canvas's <ReactFlow>, within its ReactFlowProvider). */
export function CanvasLayers({ children }: { children: ReactNode }) {
  const domNode = useStore(domNodeOf);
  const layers = useMemo(
    () => ({
      labels: domNode?.querySelector<HTMLElement>(".react-flow__edgelabel-renderer") ?? null,
      viewport: domNode?.querySelector<HTMLElement>(".react-flow__viewport-portal") ?? null,
    }),
    [domNode],
  );
  return <LayersContext.Provider value={layers}>{children}</LayersContext.Provider>;
}

/** <EdgeLabelRenderer>, without its lookup per frame where a CanvasLayers is above. */
export function EdgeLabel({ children }: { children: ReactNode }) {
  const layer = useContext(LayersContext)?.labels;
  return layer ? createPortal(children, layer) : <EdgeLabelRenderer>{children}</EdgeLabelRenderer>;
}

/** <ViewportPortal>, without its lookup per frame where a CanvasLayers is above. */
export function InViewport({ children }: { children: ReactNode }) {
  const layer = useContext(LayersContext)?.viewport;
  return layer ? createPortal(children, layer) : <ViewportPortal>{children}</ViewportPortal>;
}
