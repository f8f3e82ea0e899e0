import type { FieldErrors } from "./field-errors";

/** A form's local draft of a stored value (see `useDraft`). */
export interface DraftState<T> {
  draft: T;
  errors: FieldErrors;
  /** The stored value this draft was last reconciled with. */
  seen: T;
  /** The value this form committed last: seeing it come back from the store is not an outside change. */
  own: T | undefined;
}

/** The draft of a value nobody has edited yet. */
export function initialDraft<T>(stored: T): DraftState<T> {
  return { draft: stored, errors: {}, seen: stored, own: undefined };
}

/**
 * The draft after the stored value became `stored`. The echo of the form's own commit keeps the
 * draft (which may already hold newer, invalid text and its errors); anything else — undo, redo,
 * another panel — replaces the draft and clears its errors. Unchanged input returns `state` itself.
 */
export function followStored<T>(state: DraftState<T>, stored: T): DraftState<T> {
  if (stored === state.seen) return state;
  const echo = stored === state.own || (state.own !== undefined && JSON.stringify(stored) === JSON.stringify(state.own));
  return echo ? { ...state, seen: stored } : initialDraft(stored);
}

/** The draft after an edit: a valid one records what was committed, an invalid one its errors. */
export function afterEdit<T>(state: DraftState<T>, next: T, check: { ok: true; value: T } | { ok: false; errors: FieldErrors }): DraftState<T> {
  return check.ok ? { ...state, draft: next, errors: {}, own: check.value } : { ...state, draft: next, errors: check.errors };
}
