"use client";

import { X } from "lucide-react";
import { useRef, type PointerEvent } from "react";
import { validateCached } from "@/components/editor/problems/validate-cached";
import { Button } from "@/components/ui/button";
import { useDocumentStore } from "@/lib/editor/document-store";
import { useUiStore } from "@/lib/editor/ui-store";
import { usePreviewLayout } from "@/lib/preview/preview-layout-store";
import { PreviewWorkbench } from "./preview-workbench";
import { useCanvasHighlight } from "./use-canvas-highlight";
import { usePreview } from "./use-preview";

/**
 * The editor's docked preview: runs the current, unsaved document, highlights the conversation's
 * path on the canvas, and can be resized by dragging its left edge. Renders nothing when closed.
 */
export function PreviewPanel() {
  const open = usePreviewLayout((state) => state.open);
  return open ? <OpenPreviewPanel /> : null;
}

function OpenPreviewPanel() {
  const width = usePreviewLayout((state) => state.width);
  const flowId = useDocumentStore((state) => state.flowId);
  const document = useDocumentStore((state) => state.document);
  const { session, snapshot, draft } = usePreview(flowId, document, validateCached);
  useCanvasHighlight(snapshot, document.edges);
  const focusNode = (nodeId: string) => useUiStore.getState().focusNode(nodeId);
  return (
    <aside aria-label="Preview" data-testid="preview-panel" style={{ width }} className="relative flex min-h-0 shrink-0 flex-col border-l border-slate-200 bg-white">
      <ResizeHandle />
      <header className="flex items-center justify-between border-b border-slate-200 px-3 py-1.5">
        <h2 className="text-sm font-semibold text-slate-900">Preview</h2>
        <Button size="icon" variant="ghost" aria-label="Close preview" onClick={() => usePreviewLayout.getState().setOpen(false)}>
          <X className="size-4" />
        </Button>
      </header>
      <PreviewWorkbench flowId={flowId} document={document} session={session} snapshot={snapshot} draft={draft} audience="designer" onFocusNode={focusNode} />
    </aside>
  );
}

/** Drag to resize; arrow keys work too (the handle is a focusable separator). */
function ResizeHandle() {
  const start = useRef<{ x: number; width: number } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    start.current = { x: event.clientX, width: usePreviewLayout.getState().width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    // dragging left widens the panel: it is docked on the right
    usePreviewLayout.getState().setWidth(start.current.width + start.current.x - event.clientX);
  };
  const width = usePreviewLayout((state) => state.width);
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize preview"
      aria-valuenow={width}
      tabIndex={0}
      data-testid="preview-resize"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (start.current = null)}
      onKeyDown={(event) => {
        if (event.key === "ArrowLeft") usePreviewLayout.getState().setWidth(width + 20);
        if (event.key === "ArrowRight") usePreviewLayout.getState().setWidth(width - 20);
      }}
      className="absolute inset-y-0 -left-1 z-10 w-2 cursor-col-resize hover:bg-sky-300/50 focus-visible:bg-sky-400/60 focus-visible:outline-none"
    />
  );
}
