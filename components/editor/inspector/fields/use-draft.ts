"use client";

import { useState } from "react";
import type { z } from "zod";
import { afterEdit, followStored, initialDraft } from "./draft-state";
import { checkDraft, type FieldErrors } from "./field-errors";

/** A form's draft, its inline errors, and `change` to edit it. */
export interface Draft<T> {
  draft: T;
  errors: FieldErrors;
  /** Replaces the draft; valid drafts are committed with `mergeKey` (one undo step per field while typing). */
  change(next: T, mergeKey: string): void;
}

/**
 * Keeps a local draft of a stored value so invalid input stays on screen with its error instead of
 * being lost or saved: every change is validated with `schema`; a valid one is committed, an
 * invalid one only updates the draft and its errors. When the stored value changes from outside
 * (undo, redo, another panel) the draft follows it.
 */
export function useDraft<T>(stored: T, schema: z.ZodType<T>, commit: (value: T, mergeKey: string) => void): Draft<T> {
  const [state, setState] = useState(() => initialDraft(stored));
  const current = followStored(state, stored);
  // adjusting state while rendering: React re-renders at once without committing the stale output
  if (current !== state) setState(current);

  const change = (next: T, mergeKey: string) => {
    const check = checkDraft(schema, next);
    setState((previous) => afterEdit(previous, next, check));
    if (check.ok) commit(check.value, mergeKey);
  };

  return { draft: current.draft, errors: current.errors, change };
}
