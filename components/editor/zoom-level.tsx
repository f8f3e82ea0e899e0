import { useStore, type ReactFlowState } from "@xyflow/react";
import { createContext, useContext, type ReactNode } from "react";
import { CanvasLayers } from "./canvas-layers";
// here, not in flow-canvas.tsx: the read-only canvases draw the same nodes at the same zoom levels
import "./flow-canvas.css";

/**
 * Below this zoom the canvas shows less: nodes only their title and handles (no kind line, icon,
 * body, port labels or shadow), edges their colour (no label, no dashes), no background dots. At
 * these sizes the details are unreadable (a 10 px label is under 5 px tall), yet on a big flow
 * seen whole they are most of what the browser draws and sorts on every frame.
 */
export const SIMPLE_ZOOM = 0.5;

/**
 * Below this zoom a node is a box in its kind's colour and nothing more, as in the minimap: a 14 px
 * title is under 3.5 px tall and a 12 px handle is 3 px wide, too small to read or grab, yet on a
 * flow seen whole the handles (three or four per node), titles and arrowheads are most of what the
 * browser paints on every pan frame. They stay laid out (hidden by CSS, see flow-canvas.css), so
 * nothing is measured again and edges keep their ends.
 */
export const TINY_ZOOM = 0.25;

/** How much of the canvas is drawn: everything, the simple bodies, or only coloured boxes. */
export type ZoomLevel = "full" | "simple" | "tiny";

/** A React Flow store selector: the zoom level (changes only at the thresholds). */
export const zoomLevelOf = (state: ReactFlowState): ZoomLevel =>
  state.transform[2] < TINY_ZOOM ? "tiny" : state.transform[2] < SIMPLE_ZOOM ? "simple" : "full";

/** The value of the `data-zoom` attribute that flow-canvas.css reads. */
export const zoomAttribute = (level: ZoomLevel) => (level === "tiny" ? "tiny" : undefined);

/**
 * The zoom level, read once by the canvas and handed down: a store subscription in each of
 * thousands of nodes and edges would run on every frame of every pan and zoom.
 */
export const ZoomLevelContext = createContext<ZoomLevel>("full");

/** Zoomed out past SIMPLE_ZOOM: nodes draw their simple bodies, edges lose labels and dashes. */
export function useZoomedOut(): boolean {
  return useContext(ZoomLevelContext) !== "full";
}

export function useZoomLevel(): ZoomLevel {
  return useContext(ZoomLevelContext);
}

/**
 * Hands the zoom thresholds (and React Flow's layers, see canvas-layers.tsx) down to the nodes and
 * edges of a read-only canvas (inside its ReactFlowProvider). The wrapper draws no box of its own.
 */
export function FollowZoom({ children }: { children: ReactNode }) {
  const level = useStore(zoomLevelOf);
  return (
    <div className="contents" data-zoom={zoomAttribute(level)}>
      <CanvasLayers>
        <ZoomLevelContext.Provider value={level}>{children}</ZoomLevelContext.Provider>
      </CanvasLayers>
    </div>
  );
}
