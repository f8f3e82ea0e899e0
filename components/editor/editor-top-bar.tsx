"use client";

import { useReactFlow } from "@xyflow/react";
import { Network, Redo2, Search, Undo2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { PreviewToggle } from "@/components/preview/preview-toggle";
import { VersionActions } from "@/components/versions/version-actions";
import { Button } from "@/components/ui/button";
import { Tooltip } from "@/components/ui/tooltip";
import type { AutosaveController } from "@/lib/editor/autosave";
import { useDocumentStore } from "@/lib/editor/document-store";
import { FIT_MAX_ZOOM, FIT_PADDING } from "@/lib/editor/first-view";
import type { CanvasEdge, CanvasNode } from "@/lib/editor/to-react-flow";
import { useUiStore } from "@/lib/editor/ui-store";
import { SaveStatus } from "./save-status";

/** Flow name, save status and the editor's main actions. */
export function EditorTopBar({ controller }: { controller: AutosaveController }) {
  const canUndo = useDocumentStore((state) => state.canUndo);
  const canRedo = useDocumentStore((state) => state.canRedo);
  return (
    <header className="flex h-12 shrink-0 items-center gap-2 border-b border-slate-200 bg-white px-3">
      <Link href="/" className="text-sm text-slate-500 hover:text-slate-800">Flows</Link>
      <span aria-hidden className="text-slate-300">/</span>
      <FlowNameInput />
      <SaveStatus controller={controller} />
      <div className="ml-auto flex items-center gap-1">
        <Tooltip content="Undo (Ctrl/⌘+Z)">
          <Button variant="ghost" size="icon" aria-label="Undo" disabled={!canUndo} onClick={() => useDocumentStore.getState().undo()}>
            <Undo2 className="size-4" />
          </Button>
        </Tooltip>
        <Tooltip content="Redo (Ctrl/⌘+Shift+Z)">
          <Button variant="ghost" size="icon" aria-label="Redo" disabled={!canRedo} onClick={() => useDocumentStore.getState().redo()}>
            <Redo2 className="size-4" />
          </Button>
        </Tooltip>
        <AutoLayoutButton />
        <Button variant="ghost" size="sm" onClick={() => useUiStore.getState().setSearchOpen(true)} aria-keyshortcuts="Control+K Meta+K">
          <Search className="size-4" /> Search <kbd className="rounded border border-slate-200 px-1 text-[10px] text-slate-400">Ctrl K</kbd>
        </Button>
        <PreviewToggle />
        {/* versions engineer: Versions, Export, Publish */}
        <VersionActions controller={controller} />
      </div>
    </header>
  );
}

function FlowNameInput() {
  const name = useDocumentStore((state) => state.document.name);
  // what the designer is typing; an empty name is never saved, the stored one comes back on blur
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <input
      aria-label="Flow name"
      value={typed ?? name}
      maxLength={200}
      onChange={(event) => {
        setTyped(event.target.value);
        if (event.target.value.trim()) useDocumentStore.getState().renameFlow(event.target.value);
      }}
      onBlur={() => setTyped(null)}
      className="min-w-0 max-w-72 rounded px-1.5 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-50 focus:bg-white focus:outline-2 focus:outline-sky-500"
    />
  );
}

function AutoLayoutButton() {
  const { getNodes, fitView } = useReactFlow<CanvasNode, CanvasEdge>();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const store = useDocumentStore.getState();
      // measured on the canvas (or, for nodes never on screen yet, the canvas's estimate)
      const sizes = new Map(
        getNodes().flatMap((node) =>
          node.measured?.width && node.measured.height ? [[node.id, { width: node.measured.width, height: node.measured.height }] as const] : [],
        ),
      );
      // ELK is big: loaded when first used, not with the editor
      const { autoLayout } = await import("@/lib/editor/auto-layout");
      const laidOut = await autoLayout(store.document, sizes);
      // the document may have changed while ELK worked: apply positions only if it did not
      if (useDocumentStore.getState().document !== store.document) return;
      store.applyDocument(laidOut, "Auto-layout");
      window.requestAnimationFrame(() => void fitView({ maxZoom: FIT_MAX_ZOOM, padding: FIT_PADDING, duration: 300 }));
    } catch (error) {
      toast.error(`Auto-layout failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="ghost" size="sm" onClick={() => void run()} disabled={busy}>
      <Network className="size-4" /> Auto-layout
    </Button>
  );
}
