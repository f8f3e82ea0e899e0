"use client";

import { toast } from "sonner";
import { copySelection, parseClipboard, preparePaste, type ClipboardPayload } from "@/lib/editor/clipboard";
import { useDocumentStore } from "@/lib/editor/document-store";
import { useUiStore } from "@/lib/editor/ui-store";

/**
 * The editing commands shared by keyboard shortcuts, the context menu and the top bar. They read
 * the stores directly (no React state), so they can be called from any event handler.
 */

/** Used when the system clipboard is denied (and to paste repeatedly with growing offsets). */
let memoryClipboard: { payload: ClipboardPayload; text: string } | null = null;
let pasteCount = 0;
const PASTE_OFFSET = 32;

/** The part of the flow the canvas shows, in flow coordinates; set by the canvas. */
type VisibleRect = { x: number; y: number; width: number; height: number };
let visibleRect: (() => VisibleRect | null) | null = null;

/** Lets the canvas tell the commands what is on screen (pasted nodes land where they can be seen). */
export function registerVisibleRect(read: (() => VisibleRect | null) | null): void {
  visibleRect = read;
}

/** Copies the selected nodes to the system clipboard as `{ "baton": "nodes", nodes, edges }`. */
export async function copySelected(): Promise<boolean> {
  const payload = copySelection(useDocumentStore.getState().document, useUiStore.getState().selectedNodeIds);
  if (!payload) return false;
  const text = JSON.stringify(payload);
  memoryClipboard = { payload, text };
  pasteCount = 0;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // denied or unavailable: the in-memory copy still pastes within this tab
  }
  return true;
}

/** Copies, then deletes the selection (one undo step for the delete). */
export async function cutSelected(): Promise<void> {
  if (await copySelected()) deleteSelected();
}

/** Pastes Baton nodes from the system clipboard (or the in-memory copy) with fresh ids, selected. */
export async function paste(): Promise<void> {
  let payload: ClipboardPayload | null = null;
  try {
    const text = await navigator.clipboard.readText();
    payload = parseClipboard(text);
    if (payload && text !== memoryClipboard?.text) {
      memoryClipboard = { payload, text };
      pasteCount = 0;
    }
  } catch {
    // reading denied: fall back to what this tab copied
  }
  payload ??= memoryClipboard?.payload ?? null;
  if (!payload) return;
  pasteCount += 1;
  insert(payload, pasteCount * PASTE_OFFSET, "Paste");
}

/** Duplicates the selected nodes (and the edges among them) next to the originals. */
export function duplicateSelected(): void {
  const payload = copySelection(useDocumentStore.getState().document, useUiStore.getState().selectedNodeIds);
  if (payload) insert(payload, PASTE_OFFSET, "Duplicate");
}

/** Deletes the selected nodes and edges. */
export function deleteSelected(): void {
  const { selectedNodeIds, selectedEdgeIds } = useUiStore.getState();
  if (selectedNodeIds.length === 0 && selectedEdgeIds.length === 0) return;
  useDocumentStore.getState().removeElements(selectedNodeIds, selectedEdgeIds);
  useUiStore.getState().select([], []);
}

function insert(payload: ClipboardPayload, offset: number, label: string): void {
  const store = useDocumentStore.getState();
  const { nodes, edges } = preparePaste(store.document, payload, pasteOffset(payload, offset));
  if (nodes.length === 0) {
    toast.info("A flow has a single Start node, so it was not copied again.");
    return;
  }
  store.addElements(nodes, edges, label);
  useUiStore.getState().select(nodes.map((node) => node.id), []);
}

/**
 * Next to the originals when they are on screen; otherwise (e.g. pasted into another flow, or
 * scrolled away) the pasted group's top-left corner lands near the top-left of the view.
 */
function pasteOffset(payload: ClipboardPayload, offset: number): { x: number; y: number } {
  const view = visibleRect?.();
  const left = Math.min(...payload.nodes.map((node) => node.position.x));
  const top = Math.min(...payload.nodes.map((node) => node.position.y));
  if (!view || (left + offset >= view.x && top + offset >= view.y && left + offset < view.x + view.width - 64 && top + offset < view.y + view.height - 64)) {
    return { x: offset, y: offset };
  }
  const grid = 16;
  const x = Math.round((view.x + view.width * 0.15) / grid) * grid;
  const y = Math.round((view.y + view.height * 0.15) / grid) * grid;
  return { x: x - left + offset - PASTE_OFFSET, y: y - top + offset - PASTE_OFFSET };
}
