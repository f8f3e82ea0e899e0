"use client";

import { Plus, X } from "lucide-react";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { variableDefSchema, type VariableDef } from "@/lib/flow";
import { JsonField } from "../inspector/condition/json-field";
import { errorAt } from "../inspector/fields/field-errors";
import { useDraft } from "../inspector/fields/use-draft";
import { Section } from "../inspector/section";
import { useDocumentStore } from "@/lib/editor/document-store";

/** The declared variables, with names unique (a duplicate would make `{{name}}` ambiguous). */
export const variableListSchema = z.array(variableDefSchema).superRefine((variables, context) => {
  const seen = new Set<string>();
  variables.forEach((variable, index) => {
    if (seen.has(variable.name)) context.addIssue({ code: "custom", path: [index, "name"], message: `“${variable.name}” is declared twice` });
    seen.add(variable.name);
  });
});

/** Declared variables: name, initial value (JSON) and what they hold. */
export function VariablesSection() {
  const variables = useDocumentStore((state) => state.document.variables);
  const updateVariables = useDocumentStore((state) => state.updateVariables);
  const { draft, errors, change } = useDraft<VariableDef[]>(variables, variableListSchema, (value, field) => updateVariables(value, `variables:${field}`));
  const setAt = (index: number, next: VariableDef, field: string) => change(draft.map((variable, i) => (i === index ? next : variable)), `${index}.${field}`);
  return (
    <Section
      title="Variables"
      description="Declared variables, readable as {{name}} and in conditions."
      action={
        <Button size="sm" onClick={() => change([...draft, { name: `var_${draft.length + 1}`, description: "" }], "add")}>
          <Plus className="h-3.5 w-3.5" /> Add variable
        </Button>
      }
    >
      {draft.length === 0 ? <p className="text-xs text-slate-500">No declared variables. Question, Set and Webhook nodes can still write variables.</p> : null}
      <ul className="space-y-3">
        {draft.map((variable, index) => {
          const nameError = errorAt(errors, `${index}.name`);
          return (
            <li key={index} className="space-y-1.5 rounded-md border border-slate-200 p-2.5">
              <div className="flex items-center gap-1.5">
                <Input aria-label={`Variable ${index + 1} name`} className="font-mono" value={variable.name} aria-invalid={nameError !== undefined || undefined} onChange={(event) => setAt(index, { ...variable, name: event.target.value }, "name")} />
                <Button variant="ghost" size="icon" className="h-7 w-7 shrink-0" aria-label={`Remove variable ${variable.name}`} onClick={() => change(draft.filter((_, i) => i !== index), "remove")}>
                  <X className="h-3.5 w-3.5" />
                </Button>
              </div>
              {nameError ? <p role="alert" className="text-xs text-rose-600">{nameError}</p> : null}
              <JsonField
                label="Initial value"
                allowEmpty
                rows={1}
                value={variable.initial}
                error={errorAt(errors, `${index}.initial`, true)}
                hint={'JSON: 0, true, "text", [] — empty for none'}
                onChange={(initial) => {
                  const { initial: _old, ...rest } = variable;
                  setAt(index, initial === undefined ? rest : { ...rest, initial }, "initial");
                }}
              />
              <Input aria-label={`Variable ${index + 1} description`} placeholder="What it holds" value={variable.description} onChange={(event) => setAt(index, { ...variable, description: event.target.value }, "description")} />
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
