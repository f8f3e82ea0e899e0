"use client";

import { useId, useState, type ReactNode } from "react";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import type { JsonValue } from "@/lib/flow";
import { formatJsonText, parseJsonText } from "./json-text";

/**
 * A JSON text field: the text stays as typed, a parse error shows inline, and only valid JSON is
 * passed on. It follows the value when that changes from outside (undo, the builder).
 */
export function JsonField({ label, value, onChange, allowEmpty, hint, error, rows = 3 }: {
  label: string;
  value: JsonValue | undefined;
  onChange(value: JsonValue | undefined): void;
  allowEmpty?: boolean;
  hint?: ReactNode;
  error?: string;
  rows?: number;
}) {
  const id = useId();
  const [text, setText] = useState(() => formatJsonText(value));
  const [seen, setSeen] = useState(value);
  let shown = text;
  if (seen !== value) {
    setSeen(value);
    const current = parseJsonText(text, allowEmpty);
    if (!current.ok || JSON.stringify(current.value) !== JSON.stringify(value)) {
      shown = formatJsonText(value);
      setText(shown);
    }
  }
  const parsed = parseJsonText(shown, allowEmpty);
  const shownError = parsed.ok ? error : parsed.error;
  return (
    <Field label={label} htmlFor={id} error={shownError} hint={hint}>
      <Textarea
        id={id}
        rows={rows}
        spellCheck={false}
        className="font-mono text-xs"
        value={shown}
        aria-invalid={shownError !== undefined || undefined}
        onChange={(event) => {
          setText(event.target.value);
          const next = parseJsonText(event.target.value, allowEmpty);
          if (next.ok) onChange(next.value);
        }}
      />
    </Field>
  );
}
