"use client";

import { useStore, type ReactFlowState } from "@xyflow/react";
import { InViewport } from "./canvas-layers";

/** Flow units the dotted area is measured in: it moves only when the view leaves it. */
const BLOCK = 2048;

/** The dotted area around the view, in whole BLOCKs, as a string: it changes only at block edges. */
function coverOf(state: ReactFlowState): string {
  const [x, y, zoom] = state.transform;
  const left = Math.floor(-x / zoom / BLOCK) - 1;
  const top = Math.floor(-y / zoom / BLOCK) - 1;
  const right = Math.ceil((state.width - x) / zoom / BLOCK) + 1;
  const bottom = Math.ceil((state.height - y) / zoom / BLOCK) + 1;
  return `${left} ${top} ${right} ${bottom}`;
}

/**
 * The dot grid of every Baton canvas (editor, versions, analytics heat): one dot per grid point
 * (`gap` flow units apart, where nodes snap), drawn inside the viewport rather than by React
 * Flow's <Background>, which redraws a screenful of dots on every frame of a pan — most of the
 * raster work of a pan on a 2-core machine. These dots move with the nodes, in the layer the
 * compositor slides while panning, and are redrawn only when the view leaves the dotted area.
 */
export function CanvasDots({ gap, color }: { gap: number; color: string }) {
  const [left = 0, top = 0, right = 0, bottom = 0] = useStore(coverOf).split(" ").map(Number);
  return (
    <InViewport>
      <div
        aria-hidden
        data-testid="canvas-dots"
        className="pointer-events-none absolute -z-10"
        style={{
          left: left * BLOCK,
          top: top * BLOCK,
          width: (right - left) * BLOCK,
          height: (bottom - top) * BLOCK,
          backgroundImage: `radial-gradient(circle, ${color} 0.6px, transparent 0.9px)`,
          backgroundSize: `${gap}px ${gap}px`,
          // each tile's dot sits in its middle: shift by half a tile so dots fall on grid points
          backgroundPosition: `${-gap / 2}px ${-gap / 2}px`,
        }}
      />
    </InViewport>
  );
}
