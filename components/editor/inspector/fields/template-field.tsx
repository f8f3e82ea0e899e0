"use client";

import { useId, type ReactNode } from "react";
import { Field } from "@/components/ui/field";
import { VariableTextField } from "./variable-text-field";

/** A labelled text field that interpolates `{{variable}}` (with autocomplete) and shows its inline error. */
export function TemplateField(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: ReactNode;
  multiline?: boolean;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <Field label={props.label} htmlFor={id} error={props.error} hint={props.hint ?? "Type {{ to insert a variable"}>
      <VariableTextField
        id={id}
        value={props.value}
        onChange={props.onChange}
        multiline={props.multiline}
        placeholder={props.placeholder}
        invalid={props.error !== undefined}
      />
    </Field>
  );
}
