import { useStore, type ReactFlowState } from "@xyflow/react";
import { createContext, useContext, type ReactNode } from "react";
import { CanvasLayers } from "./canvas-layers";

/**
 * Below this zoom the canvas shows less: nodes only their title and handles (no kind line, icon,
 * body, port labels or shadow), edges their colour (no label, no dashes), no background dots. At
 * these sizes the details are unreadable (a 10 px label is under 5 px tall), yet on a big flow
 * seen whole they are most of what the browser draws and sorts on every frame.
 */
export const SIMPLE_ZOOM = 0.5;

/** A React Flow store selector: true while zoomed out past SIMPLE_ZOOM (changes only at the threshold). */
export const isZoomedOut = (state: ReactFlowState) => state.transform[2] < SIMPLE_ZOOM;

/**
 * Whether the canvas is zoomed out, read once by the canvas and handed down: a store subscription
 * in each of thousands of nodes and edges would run on every frame of every pan and zoom.
 */
export const ZoomedOut = createContext(false);

export function useZoomedOut(): boolean {
  return useContext(ZoomedOut);
}

/**
 * Hands the zoom threshold (and React Flow's layers, see canvas-layers.tsx) down to the nodes and
 * edges of a read-only canvas (inside its ReactFlowProvider).
 */
export function FollowZoom({ children }: { children: ReactNode }) {
  return (
    <CanvasLayers>
      <ZoomedOut.Provider value={useStore(isZoomedOut)}>{children}</ZoomedOut.Provider>
    </CanvasLayers>
  );
}
