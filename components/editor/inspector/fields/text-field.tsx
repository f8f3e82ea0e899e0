"use client";

import { useId, type ReactNode } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** A labelled plain text field (names, URLs without templates…) with its inline error. */
export function TextField(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: ReactNode;
  placeholder?: string;
  list?: string;
  className?: string;
}) {
  const id = useId();
  return (
    <Field label={props.label} htmlFor={id} error={props.error} hint={props.hint} className={props.className}>
      <Input
        id={id}
        value={props.value}
        list={props.list}
        placeholder={props.placeholder}
        aria-invalid={props.error !== undefined || undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </Field>
  );
}
