"use client";

import { Check, CloudOff, CloudUpload, TriangleExclamationPoint } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { AutosaveController } from "@/lib/editor/autosave";
import { useAutosaveState } from "./use-autosave";

const labels = {
  saved: "Saved",
  saving: "Saving…",
  offline: "Offline — kept locally",
  conflict: "Conflict",
  error: "Error — kept locally",
} as const;

/**
 * The save indicator of the top bar; its text is what a test or a screen reader reads. It follows
 * the controller itself, so a save re-renders the indicator and not the whole bar. "Saving" has a
 * still icon: a spinning one is a composited animation, and its layer, added and removed with
 * every autosave, made the browser re-layer the whole canvas (on a 2,000-node flow seen whole,
 * ~40 ms more in a frame after each drop).
 */
export function SaveStatus({ controller }: { controller: AutosaveController }) {
  const state = useAutosaveState(controller);
  const { status } = state;
  const Icon = status === "saved" ? Check : status === "saving" ? CloudUpload : status === "offline" ? CloudOff : TriangleExclamationPoint;
  return (
    <span
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-status={status}
      title={state.error ?? undefined}
      className={cn(
        "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs",
        status === "saved" && "text-slate-500",
        status === "saving" && "text-slate-600",
        status === "offline" && "bg-amber-50 text-amber-800",
        (status === "conflict" || status === "error") && "bg-rose-50 text-rose-700",
      )}
    >
      <Icon aria-hidden className="size-3.5" />
      {labels[status]}
    </span>
  );
}
