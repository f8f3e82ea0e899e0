"use client";

import { useEffect } from "react";
import { useDocumentStore } from "@/lib/editor/document-store";
import { useUiStore } from "@/lib/editor/ui-store";
import { copySelected, cutSelected, duplicateSelected, paste } from "./editor-commands";

/** True when the key press belongs to a text field (typing must keep its own undo, copy, paste). */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, textarea, select, [contenteditable='true']") !== null;
}

/**
 * Editor-wide shortcuts: undo (Ctrl/Cmd+Z), redo (Ctrl/Cmd+Shift+Z, Ctrl+Y), copy/cut/paste,
 * duplicate (Ctrl/Cmd+D) and search (Ctrl/Cmd+K). All but search are ignored while focus is in a
 * text field or a dialog, so typing works. Delete and arrow keys are handled by the canvas itself.
 */
export function useEditorShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === "k") {
        event.preventDefault();
        useUiStore.getState().setSearchOpen(true);
        return;
      }
      if (inTextField(event.target) || (event.target instanceof HTMLElement && event.target.closest("[role='dialog']"))) return;
      const documentStore = useDocumentStore.getState();
      if (key === "z" && !event.shiftKey) {
        event.preventDefault();
        documentStore.undo();
      } else if ((key === "z" && event.shiftKey) || (key === "y" && event.ctrlKey)) {
        event.preventDefault();
        documentStore.redo();
      } else if (key === "c" && !event.shiftKey) {
        if (useUiStore.getState().selectedNodeIds.length === 0) return; // let the browser copy text
        event.preventDefault();
        void copySelected();
      } else if (key === "x" && !event.shiftKey) {
        if (useUiStore.getState().selectedNodeIds.length === 0) return;
        event.preventDefault();
        void cutSelected();
      } else if (key === "v" && !event.shiftKey) {
        event.preventDefault();
        void paste();
      } else if (key === "d" && !event.shiftKey) {
        event.preventDefault();
        duplicateSelected();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
