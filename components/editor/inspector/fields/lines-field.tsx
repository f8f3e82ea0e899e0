"use client";

import { useId, type ReactNode } from "react";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { parseLines } from "./parse-lines";
import { useSyncedText } from "./use-synced-text";

const formatLines = (lines: readonly string[]) => lines.join("\n");

/** A labelled list of short texts edited one per line (examples, phrases, choices). */
export function LinesField(props: {
  label: string;
  value: readonly string[];
  onChange(value: string[]): void;
  error?: string;
  hint?: ReactNode;
  placeholder?: string;
  rows?: number;
}) {
  const id = useId();
  const [text, edit] = useSyncedText<readonly string[]>(props.value, formatLines, parseLines);
  return (
    <Field label={props.label} htmlFor={id} error={props.error} hint={props.hint ?? "One per line"}>
      <Textarea
        id={id}
        rows={props.rows ?? 3}
        // the number of rows decides the height (the primitive's min-height is for free text)
        style={{ minHeight: "auto" }}
        value={text}
        placeholder={props.placeholder}
        aria-invalid={props.error !== undefined || undefined}
        onChange={(event) => props.onChange([...edit(event.target.value)])}
      />
    </Field>
  );
}
