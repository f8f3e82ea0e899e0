"use client";

import { useId, type ReactNode } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useSyncedText } from "./use-synced-text";

const parseNumber = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));
const formatNumber = (value: number) => (Number.isNaN(value) ? "" : String(value));

/**
 * A labelled number field. What is typed stays in the field; text that is not a number is passed
 * on as NaN so the form's schema reports it inline instead of the field silently resetting.
 */
export function NumberField(props: {
  label: string;
  value: number;
  onChange(value: number): void;
  error?: string;
  hint?: ReactNode;
  min?: number;
  max?: number;
  step?: number;
  className?: string;
}) {
  const id = useId();
  const [text, edit] = useSyncedText(props.value, formatNumber, parseNumber);
  return (
    <Field label={props.label} htmlFor={id} error={props.error} hint={props.hint} className={props.className}>
      <Input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={props.error !== undefined || undefined}
        onChange={(event) => props.onChange(edit(event.target.value))}
      />
    </Field>
  );
}
