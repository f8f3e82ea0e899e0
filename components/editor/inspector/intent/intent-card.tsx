"use client";

import { useId, useRef } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { IntentDef } from "@/lib/flow/node-kinds/intent";
import { errorAt, type FieldErrors } from "../fields/field-errors";
import { LinesField } from "../fields/lines-field";
import { ListControls } from "../fields/list-controls";
import { invalidPattern } from "./pattern-errors";

/**
 * One intent of an Intent node: its name (the port), example utterances, keywords and patterns.
 * `onRenamed` fires when the name field loses focus with another name, so connections can follow.
 */
export function IntentCard({ intent, index, count, errors, onChange, onMove, onRemove, onRenamed }: {
  intent: IntentDef;
  index: number;
  count: number;
  errors: FieldErrors;
  onChange(intent: IntentDef, field: string): void;
  onMove(to: number): void;
  onRemove(): void;
  onRenamed(from: string, to: string): void;
}) {
  const nameId = useId();
  const nameAtFocus = useRef(intent.name);
  const at = (field: string) => errorAt(errors, `intents.${index}.${field}`, true);
  return (
    <li className="space-y-2 rounded-md border border-slate-200 p-2.5">
      <div className="flex items-end gap-1">
        <Field label="Intent name" htmlFor={nameId} error={at("name")} className="flex-1">
          <Input
            id={nameId}
            className="font-mono"
            value={intent.name}
            aria-invalid={at("name") !== undefined || undefined}
            onFocus={() => { nameAtFocus.current = intent.name; }}
            onBlur={() => { if (nameAtFocus.current !== intent.name) onRenamed(nameAtFocus.current, intent.name); }}
            onChange={(event) => onChange({ ...intent, name: event.target.value }, `intents.${index}.name`)}
          />
        </Field>
        <div className="pb-1">
          <ListControls index={index} length={count} what={`intent ${intent.name}`} onMove={onMove} onRemove={onRemove} />
        </div>
      </div>
      <LinesField label="Examples" rows={4} value={intent.examples} error={at("examples")} hint="One example utterance per line" onChange={(examples) => onChange({ ...intent, examples }, `intents.${index}.examples`)} />
      <LinesField label="Keywords" rows={2} value={intent.keywords} error={at("keywords")} hint="Words that decide this intent when present" onChange={(keywords) => onChange({ ...intent, keywords }, `intents.${index}.keywords`)} />
      <LinesField
        label="Patterns"
        rows={2}
        value={intent.patterns}
        error={at("patterns") ?? invalidPattern(intent.patterns) ?? undefined}
        hint="Regular expressions, case-insensitive"
        onChange={(patterns) => onChange({ ...intent, patterns }, `intents.${index}.patterns`)}
      />
    </li>
  );
}
