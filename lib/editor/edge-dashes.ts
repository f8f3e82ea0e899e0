/** Dashes on one edge at most (about; bezier curves are a little longer than their chord). */
export const MAX_DASHES = 40;

/**
 * "6 4" dashes, doubled in length until the edge has at most `MAX_DASHES` of them. The raster
 * thread dashes a whole curve again for every tile the curve crosses, so a dashed edge thousands of
 * pixels long (every no-match path into a shared fallback) made each repaint of the canvas slow
 * (200 ms frames while dragging a node of a 2,000-node flow). Doubling, not scaling, keeps the
 * pattern still while a node is dragged.
 */
export function dashesFor(length: number): string {
  let scale = 1;
  while (length / (10 * scale) > MAX_DASHES) scale *= 2;
  return `${6 * scale} ${4 * scale}`;
}
