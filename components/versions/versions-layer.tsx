"use client";

import { useEffect } from "react";
import { useUiStore } from "@/lib/editor/ui-store";
import { useVersionsView } from "@/lib/versions/versions-view-store";
import { VersionView } from "./version-view";
import { VersionsPanel } from "./versions-panel";

/**
 * Everything versions put over the editor: the Versions drawer on the right and, while a version
 * or a comparison is shown, a read-only canvas covering the draft (palette, canvas and sidebar),
 * with the editor's keyboard shortcuts held back so nothing edits the hidden draft.
 */
export function VersionsLayer() {
  const panelOpen = useVersionsView((state) => state.panelOpen);
  const view = useVersionsView((state) => state.view);
  const viewing = view !== null;

  useEffect(() => {
    if (!viewing) return;
    useUiStore.getState().select([], []);
    const holdBack = (event: KeyboardEvent) => {
      const target = event.target;
      if (target instanceof HTMLElement && target.closest("input, textarea, select, [contenteditable='true'], [role='dialog']")) return;
      if (event.ctrlKey || event.metaKey || event.key === "Delete" || event.key === "Backspace") event.stopPropagation();
    };
    // capture on window runs before the editor's window listener and React Flow's document one
    window.addEventListener("keydown", holdBack, true);
    return () => window.removeEventListener("keydown", holdBack, true);
  }, [viewing]);

  useEffect(() => () => useVersionsView.getState().setPanelOpen(false), []);

  if (!panelOpen && !view) return null;
  return (
    <div className="pointer-events-none absolute inset-0 z-30 flex">
      {view ? (
        <div className="pointer-events-auto flex min-w-0 flex-1">
          <VersionView view={view} />
        </div>
      ) : (
        <div className="flex-1" />
      )}
      {panelOpen ? (
        <div className="pointer-events-auto h-full">
          <VersionsPanel />
        </div>
      ) : null}
    </div>
  );
}
