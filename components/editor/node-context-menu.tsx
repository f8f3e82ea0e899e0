"use client";

import { ClipboardPaste, Copy, CopyPlus, Scissors, Trash } from "lucide-react";
import { memo } from "react";
import { copySelected, cutSelected, deleteSelected, duplicateSelected, paste } from "./editor-commands";
import { PointerMenu, PointerMenuItem, PointerMenuSeparator } from "./pointer-menu";

const mod = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl+";

/** Right-click menu of the selection (nodes or edges), or of the empty canvas (paste). */
export const NodeContextMenu = memo(function NodeContextMenu({ at, target, onClose }: { at: { x: number; y: number } | null; target: "selection" | "pane"; onClose: () => void }) {
  return (
    <PointerMenu at={at} onClose={onClose} label={target === "pane" ? "Canvas actions" : "Node actions"}>
      {target === "selection" ? (
        <>
          <PointerMenuItem onSelect={duplicateSelected} shortcut={`${mod}D`}><CopyPlus aria-hidden className="size-4" />Duplicate</PointerMenuItem>
          <PointerMenuItem onSelect={() => void copySelected()} shortcut={`${mod}C`}><Copy aria-hidden className="size-4" />Copy</PointerMenuItem>
          <PointerMenuItem onSelect={() => void cutSelected()} shortcut={`${mod}X`}><Scissors aria-hidden className="size-4" />Cut</PointerMenuItem>
          <PointerMenuSeparator />
          <PointerMenuItem onSelect={deleteSelected} danger shortcut="Del"><Trash aria-hidden className="size-4" />Delete</PointerMenuItem>
        </>
      ) : (
        <PointerMenuItem onSelect={() => void paste()} shortcut={`${mod}V`}><ClipboardPaste aria-hidden className="size-4" />Paste</PointerMenuItem>
      )}
    </PointerMenu>
  );
});
