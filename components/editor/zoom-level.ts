import type { ReactFlowState } from "@xyflow/react";

/**
 * Below this zoom the canvas shows less: nodes only their icon and title, edges no port labels,
 * no background dots. At these sizes the details are unreadable (a 10 px label is 3 px tall),
 * yet on a big flow seen whole they are most of what the browser draws on every frame.
 */
export const SIMPLE_ZOOM = 0.5;

/** A React Flow store selector: true while zoomed out past SIMPLE_ZOOM (changes only at the threshold). */
export const isZoomedOut = (state: ReactFlowState) => state.transform[2] < SIMPLE_ZOOM;
