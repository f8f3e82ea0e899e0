"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { FlowDocument, Problem } from "@/lib/flow";
import { onlyPositionsDiffer } from "@/lib/editor/only-positions-differ";
import { compileDraft, type CompiledDraft } from "@/lib/preview/compile-draft";
import { measureSince } from "@/lib/preview/measure";
import { PreviewSession, type PreviewSnapshot } from "@/lib/preview/preview-session";

/** Recompiles this long after the last edit, so typing in the inspector does not compile per key. */
export const RECOMPILE_DELAY_MS = 150;

/**
 * A preview session running `document` — the current, unsaved one in the editor. Each change is
 * validated (with `check`, e.g. the editor's cached validate) and compiled after a short pause;
 * the conversation carries on with the new bundle. Moving nodes compiles nothing.
 */
export function usePreview(
  flowId: string,
  document: FlowDocument,
  check?: (document: FlowDocument) => Problem[],
): { session: PreviewSession; snapshot: PreviewSnapshot; draft: CompiledDraft | null } {
  const [session] = useState(() => new PreviewSession());
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  const [draft, setDraft] = useState<CompiledDraft | null>(null);
  const compiled = useRef<FlowDocument | null>(null);
  useEffect(() => {
    // a drag gives a new document with the same bundle: compiling a big flow again would be a hitch
    if (compiled.current && onlyPositionsDiffer(compiled.current, document)) return;
    const timer = window.setTimeout(
      () => {
        const startedAt = performance.now();
        const result = compileDraft(document, flowId, check);
        measureSince("compile", startedAt);
        setDraft(result);
        if (result.bundle) void session.setBundle(result.bundle);
        compiled.current = document;
      },
      compiled.current ? RECOMPILE_DELAY_MS : 0,
    );
    return () => window.clearTimeout(timer);
  }, [document, flowId, session, check]);
  return { session, snapshot, draft };
}
