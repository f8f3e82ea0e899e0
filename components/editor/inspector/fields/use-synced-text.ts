"use client";

import { useState } from "react";

/**
 * The local form a field edits for a structured value — text for a number, a list of lines or a
 * literal; rows for a header map — so that "1." or a half-typed row survive until they mean
 * something. The local form is replaced only when the value changes to something it does not
 * already say (undo, redo, another panel).
 */
export function useSyncedText<T, L = string>(value: T, format: (value: T) => L, parse: (local: L) => T): [L, (local: L) => T] {
  const [local, setLocal] = useState(() => format(value));
  const [seen, setSeen] = useState(value);
  let shown = local;
  if (seen !== value) {
    setSeen(value);
    if (JSON.stringify(format(parse(local))) !== JSON.stringify(format(value))) {
      shown = format(value);
      setLocal(shown);
    }
  }
  const edit = (next: L) => {
    setLocal(next);
    return parse(next);
  };
  return [shown, edit];
}
