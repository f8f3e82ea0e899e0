"use client";

import { BaseEdge, getBezierPath, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { cn } from "@/components/ui/cn";
import { dashesFor } from "@/lib/editor/edge-dashes";
import { portLabel } from "@/lib/editor/node-appearance";
import type { CanvasEdge } from "@/lib/editor/to-react-flow";
import { useUiStore } from "@/lib/editor/ui-store";
import { EdgeLabel } from "../canvas-layers";
import { useZoomedOut } from "../zoom-level";

/**
 * An edge labelled with the port it leaves from. The paths the handoff protocol cares about read
 * at a glance: `unavailable` is dashed amber, `no_match`/`exhausted` dashed rose — and, zoomed
 * out, by colour alone: labels and dashes would be too small to read.
 */
export const PortEdge = memo(function PortEdge(props: EdgeProps<CanvasEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, selected, data, markerEnd } = props;
  const onPath = useUiStore((state) => state.highlight.pathEdgeIds.includes(id));
  const simple = useZoomedOut();
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const port = data?.port ?? "";
  const tone = toneOf(port);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={{
          stroke: selected ? "#0ea5e9" : onPath ? "#10b981" : tone.stroke,
          // 1 px (React Flow's default) is a hairline to the rasteriser, half the cost of 1.5 px on long edges
          strokeWidth: selected || onPath ? 2.5 : 1,
          // zoomed out, dashes shrink to specks (6 units at zoom 0.5 or less): the colour tells the path
          strokeDasharray: tone.dashed && !simple ? dashesFor(Math.hypot(targetX - sourceX, targetY - sourceY)) : undefined,
        }}
      />
      {port && port !== "next" && !simple ? (
        <EdgeLabel>
          <div
            className={cn("nodrag nopan pointer-events-none absolute rounded px-1 text-[10px] font-medium", tone.label)}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {portLabel(port)}
          </div>
        </EdgeLabel>
      ) : null}
    </>
  );
});

/** The colour (and dashing) of an edge leaving `port`: the protocol paths stand out. */
export function toneOf(port: string): { stroke: string; dashed: boolean; label: string } {
  if (port === "unavailable") return { stroke: "#d97706", dashed: true, label: "bg-amber-100 text-amber-900" };
  if (port === "no_match" || port === "exhausted") return { stroke: "#e11d48", dashed: true, label: "bg-rose-100 text-rose-900" };
  if (port === "failed" || port === "error") return { stroke: "#fb7185", dashed: false, label: "bg-rose-50 text-rose-800" };
  return { stroke: "#94a3b8", dashed: false, label: "bg-white text-slate-600 ring-1 ring-slate-200" };
}
