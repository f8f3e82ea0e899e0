"use client";

import { useId } from "react";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { useDocumentStore } from "@/lib/editor/document-store";

/**
 * Picks one of the flow's queues. The empty value means "decide elsewhere" (`emptyLabel`: routing
 * rules, or the flow's default queue); a name the flow no longer has stays visible, marked unknown.
 */
export function QueueSelect({ label, value, onChange, emptyLabel, error }: {
  label: string;
  value: string;
  onChange(value: string): void;
  emptyLabel: string;
  error?: string;
}) {
  const id = useId();
  const queues = useDocumentStore((state) => state.document.settings.queues);
  const unknown = value !== "" && !queues.includes(value);
  return (
    <Field label={label} htmlFor={id} error={error ?? (unknown ? `The flow has no queue “${value}”` : undefined)}>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={unknown || error !== undefined || undefined}>
        <option value="">{emptyLabel}</option>
        {queues.map((queue) => (
          <option key={queue} value={queue}>{queue}</option>
        ))}
        {unknown ? <option value={value}>{value} (unknown)</option> : null}
      </Select>
    </Field>
  );
}
