"use client";

import { useReactFlow, useStoreApi } from "@xyflow/react";
import { useEffect } from "react";
import type { CanvasEdge, CanvasNode } from "@/lib/editor/to-react-flow";
import { useUiStore } from "@/lib/editor/ui-store";
import { nodeBox } from "./node-box";

/**
 * While the preview runs, the canvas keeps the node the conversation is on in view: when it moves
 * to a node off screen, the view pans there (at the designer's zoom). A node already on screen
 * never moves the view, so following a conversation does not fight the designer's own panning.
 */
export function useFollowPreview(): void {
  const activeNodeId = useUiStore((state) => state.highlight.activeNodeId);
  const { getInternalNode, setCenter } = useReactFlow<CanvasNode, CanvasEdge>();
  const storeApi = useStoreApi<CanvasNode, CanvasEdge>();
  useEffect(() => {
    const node = activeNodeId ? getInternalNode(activeNodeId) : undefined;
    if (!node) return;
    const { width: canvasWidth, height: canvasHeight, transform } = storeApi.getState();
    const [tx, ty, zoom] = transform;
    const { x, y, width, height } = nodeBox(node);
    const left = x * zoom + tx;
    const top = y * zoom + ty;
    const onScreen = left >= 0 && top >= 0 && left + width * zoom <= canvasWidth && top + height * zoom <= canvasHeight;
    if (!onScreen && canvasWidth > 0) void setCenter(x + width / 2, y + height / 2, { zoom, duration: 300 });
  }, [activeNodeId, getInternalNode, setCenter, storeApi]);
}
