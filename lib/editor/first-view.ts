import type { FlowNode } from "@/lib/flow";
import { estimateNodeLayout } from "./node-layout-estimate";

/** React Flow's fit-view padding and largest zoom for the first view (and the Fit view button). */
export const FIT_PADDING = 0.2;
export const FIT_MAX_ZOOM = 1;

/**
 * Below this zoom a card's text is under ~8 px: the first view would show the flow's shape but
 * not what any node says, so it shows the start of the flow instead, readable (the minimap and
 * Fit view have the whole).
 */
export const READABLE_ZOOM = 0.6;

/** At most this many nodes in a first view that is not the whole flow: a big flow opens fast. */
const MAX_OPENING_NODES = 12;

export interface Size {
  width: number;
  height: number;
}

/**
 * The nodes the editor fits into view when a flow opens, or `undefined` for all of them: the whole
 * flow when it fits at a readable zoom, otherwise the start node and the nodes nearest to it, as
 * many (up to 12) as still fit readably in a canvas of `canvas` pixels. Node sizes are estimated
 * from their content, since nothing is measured yet.
 */
export function firstViewNodes(nodes: readonly FlowNode[], canvas: Size): { id: string }[] | undefined {
  if (canvas.width <= 0 || canvas.height <= 0 || fitZoom(nodes, canvas) >= READABLE_ZOOM) return undefined;
  const start = nodes.find((node) => node.kind === "start") ?? nodes[0];
  if (!start) return undefined;
  const nearest = [...nodes].sort((a, b) => distance(a, start) - distance(b, start));
  let count = 1;
  while (count < Math.min(nearest.length, MAX_OPENING_NODES) && fitZoom(nearest.slice(0, count + 1), canvas) >= READABLE_ZOOM) count++;
  return nearest.slice(0, count).map((node) => ({ id: node.id }));
}

/** The zoom at which React Flow's fit view shows `nodes` in `canvas` (as `getViewportForBounds`). */
export function fitZoom(nodes: readonly FlowNode[], canvas: Size): number {
  if (nodes.length === 0) return FIT_MAX_ZOOM;
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of nodes) {
    const { width, height } = estimateNodeLayout(node);
    left = Math.min(left, node.position.x);
    top = Math.min(top, node.position.y);
    right = Math.max(right, node.position.x + width);
    bottom = Math.max(bottom, node.position.y + height);
  }
  const zoom = Math.min(canvas.width / ((right - left) * (1 + FIT_PADDING)), canvas.height / ((bottom - top) * (1 + FIT_PADDING)));
  return Math.min(zoom, FIT_MAX_ZOOM);
}

function distance(a: FlowNode, b: FlowNode): number {
  return Math.hypot(a.position.x - b.position.x, a.position.y - b.position.y);
}
