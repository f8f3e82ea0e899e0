"use client";

import { getBezierPath, Position, useStoreApi, type InternalNode, type ReactFlowState } from "@xyflow/react";
import { memo, useEffect, useLayoutEffect, useRef } from "react";
import type { CanvasEdge, CanvasNode } from "@/lib/editor/to-react-flow";
import { useUiStore } from "@/lib/editor/ui-store";
import { InViewport } from "../canvas-layers";
import { toneOf } from "./port-edge";

const SVG = "http://www.w3.org/2000/svg";
const HIGHLIGHT = "#10b981";

/**
 * Below TINY_ZOOM every edge is drawn here, as one path each in a single <svg>, while React Flow's
 * own edges are hidden (flow-canvas.css). React Flow wraps each edge in an <svg> of its own, and
 * on a big flow seen whole those thousands of separately painted boxes are sorted into layers
 * on every frame of a drag: about 40 % of that work at 2,000 nodes. One <svg> is one box. The
 * paths are written directly, not rendered by React: a drag rewrites only the dragged nodes' edges.
 */
export const TinyEdges = memo(function TinyEdges({ edges }: { edges: readonly CanvasEdge[] }) {
  const storeApi = useStoreApi<CanvasNode, CanvasEdge>();
  const svgRef = useRef<SVGSVGElement>(null);
  const pathsRef = useRef(new Map<string, SVGPathElement>());
  const pathEdgeIds = useUiStore((state) => state.highlight.pathEdgeIds);

  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const paths = new Map<string, SVGPathElement>();
    const edgesOf = new Map<string, CanvasEdge[]>(); // by the nodes at either end
    for (const edge of edges) {
      const path = document.createElementNS(SVG, "path");
      path.setAttribute("data-id", edge.id);
      path.setAttribute("stroke", toneOf(edge.data?.port ?? "").stroke);
      paths.set(edge.id, path);
      for (const end of [edge.source, edge.target]) {
        const list = edgesOf.get(end);
        if (list) list.push(edge);
        else edgesOf.set(end, [edge]);
      }
    }
    svg.replaceChildren(...paths.values());
    pathsRef.current = paths;

    const seen = new Map<string, InternalNode<CanvasNode>>();
    const draw = (state: ReactFlowState<CanvasNode, CanvasEdge>) => {
      const stale = new Set<CanvasEdge>();
      // a node moved or was measured: React Flow replaced its internal record
      for (const [id, node] of state.nodeLookup) {
        if (seen.get(id) === node) continue;
        seen.set(id, node);
        for (const edge of edgesOf.get(id) ?? []) stale.add(edge);
      }
      for (const edge of stale) {
        const d = pathOf(edge, state.nodeLookup.get(edge.source), state.nodeLookup.get(edge.target));
        if (d) paths.get(edge.id)?.setAttribute("d", d);
      }
    };
    draw(storeApi.getState());
    return storeApi.subscribe(draw);
  }, [edges, storeApi]);

  // the preview's path, as on the full-size edges
  useEffect(() => {
    const paths = pathsRef.current;
    for (const id of pathEdgeIds) paths.get(id)?.setAttribute("stroke", HIGHLIGHT);
    return () => {
      for (const edge of edges) if (pathEdgeIds.includes(edge.id)) paths.get(edge.id)?.setAttribute("stroke", toneOf(edge.data?.port ?? "").stroke);
    };
  }, [pathEdgeIds, edges]);

  return (
    <InViewport>
      {/* z-index −10: under the nodes, as React Flow's edges are (the portal is above them) */}
      <svg ref={svgRef} data-testid="tiny-edges" className="pointer-events-none absolute left-0 top-0 -z-10 overflow-visible" width={1} height={1} fill="none" strokeWidth={1} />
    </InViewport>
  );
});

/** The edge's bezier between its source handle (right side) and its node's input (left side). */
function pathOf(edge: CanvasEdge, source?: InternalNode<CanvasNode>, target?: InternalNode<CanvasNode>): string | null {
  const from = source?.internals.handleBounds?.source?.find((handle) => handle.id === edge.sourceHandle);
  const to = target?.internals.handleBounds?.target?.[0];
  if (!source || !target || !from || !to) return null;
  const [path] = getBezierPath({
    sourceX: source.internals.positionAbsolute.x + from.x + from.width,
    sourceY: source.internals.positionAbsolute.y + from.y + from.height / 2,
    sourcePosition: Position.Right,
    targetX: target.internals.positionAbsolute.x + to.x,
    targetY: target.internals.positionAbsolute.y + to.y + to.height / 2,
    targetPosition: Position.Left,
  });
  return path;
}
