"use client";

import { useId, type ReactNode } from "react";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import type { NodeKind } from "@/lib/flow";
import { useDocumentStore } from "@/lib/editor/document-store";
import { nodeAppearance } from "@/lib/editor/node-appearance";
import { nodeTitle } from "@/lib/editor/node-text";

/** Picks a node of the flow (of the given kinds) for a flow setting; empty means "none / automatic". */
export function NodeSelect({ label, value, onChange, kinds, emptyLabel, hint, error }: {
  label: string;
  value: string | undefined;
  onChange(value: string | undefined): void;
  /** Kinds offered; all but Start when absent. */
  kinds?: readonly NodeKind[];
  emptyLabel: string;
  hint?: ReactNode;
  error?: string;
}) {
  const id = useId();
  const nodes = useDocumentStore((state) => state.document.nodes);
  const offered = nodes.filter((node) => (kinds ? kinds.includes(node.kind) : node.kind !== "start"));
  const missing = value !== undefined && !offered.some((node) => node.id === value);
  return (
    <Field label={label} htmlFor={id} hint={hint} error={error ?? (missing ? `“${value}” is not a suitable node of this flow` : undefined)}>
      <Select id={id} value={value ?? ""} aria-invalid={missing || undefined} onChange={(event) => onChange(event.target.value === "" ? undefined : event.target.value)}>
        <option value="">{emptyLabel}</option>
        {offered.map((node) => (
          <option key={node.id} value={node.id}>
            {nodeAppearance[node.kind].label} · {nodeTitle(node)} ({node.id})
          </option>
        ))}
        {missing ? <option value={value}>{value} (missing)</option> : null}
      </Select>
    </Field>
  );
}
