"use client";

import { Play } from "lucide-react";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Tooltip } from "@/components/ui/tooltip";
import { usePreviewLayout } from "@/lib/preview/preview-layout-store";

/** The top bar's "Preview" toggle; also owns the shortcut (Ctrl/⌘+Alt+P) and the remembered layout. */
export function PreviewToggle() {
  const open = usePreviewLayout((state) => state.open);
  useEffect(() => {
    usePreviewLayout.getState().hydrate();
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === "KeyP") {
        event.preventDefault();
        usePreviewLayout.getState().toggle();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
  return (
    <Tooltip content="Chat with this draft (Ctrl/⌘+Alt+P)">
      <Button variant={open ? "primary" : "secondary"} size="sm" aria-pressed={open} aria-keyshortcuts="Control+Alt+P Meta+Alt+P" onClick={() => usePreviewLayout.getState().toggle()}>
        <Play className="size-4" /> Preview
      </Button>
    </Tooltip>
  );
}
