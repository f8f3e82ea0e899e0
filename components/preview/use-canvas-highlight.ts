"use client";

import { useEffect } from "react";
import { useUiStore } from "@/lib/editor/ui-store";
import type { FlowEdge } from "@/lib/flow";
import { highlightFromTrace, sameHighlight } from "@/lib/preview/highlight-from-trace";
import type { PreviewSnapshot } from "@/lib/preview/preview-session";

const none = { pathNodeIds: [], pathEdgeIds: [] };

/** Drives the canvas highlight (active node, path taken) from the preview's trace; clears it on close. */
export function useCanvasHighlight(snapshot: PreviewSnapshot, edges: readonly FlowEdge[]): void {
  useEffect(() => {
    const next = highlightFromTrace(snapshot.trace.map((item) => item.entry), snapshot.state, edges);
    const ui = useUiStore.getState();
    if (!sameHighlight(ui.highlight, next)) ui.setHighlight(next);
  }, [snapshot.trace, snapshot.state, edges]);
  useEffect(() => () => useUiStore.getState().setHighlight(none), []);
}
