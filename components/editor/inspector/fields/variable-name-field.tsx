"use client";

import { useId } from "react";
import { TextField } from "./text-field";
import { useKnownVariables } from "./use-known-variables";

/** A variable name field that suggests the flow's known variables (and accepts a new name). */
export function VariableNameField(props: { label: string; value: string; onChange(value: string): void; error?: string; placeholder?: string }) {
  const listId = useId();
  const variables = useKnownVariables();
  return (
    <>
      <TextField {...props} list={listId} />
      <datalist id={listId}>
        {variables.map((variable) => (
          <option key={variable.name} value={variable.name}>{variable.detail}</option>
        ))}
      </datalist>
    </>
  );
}
