"use client";

import { Plus } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { nodeKinds, type JsonLogic } from "@/lib/flow";
import { JsonField } from "./condition/json-field";
import { formatLiteral, isLiteral, parseLiteral } from "./condition/literal";
import { errorAt } from "./fields/field-errors";
import { ListControls } from "./fields/list-controls";
import { moveItem, removeItem, replaceItem } from "./fields/move-item";
import { useKnownVariables } from "./fields/use-known-variables";
import { useSyncedText } from "./fields/use-synced-text";
import { VariableTextField } from "./fields/variable-text-field";
import { Section } from "./section";
import type { SettingsProps } from "./settings-props";
import { useNodeDraft } from "./use-node-draft";

interface Assignment {
  variable: string;
  value: JsonLogic;
}

/** Set: variables and their new values — a literal (strings interpolate `{{var}}`) or a JSONLogic expression. */
export function SetSettings({ node }: SettingsProps<"set">) {
  const { draft, errors, change } = useNodeDraft(node.id, node.config, nodeKinds.set.configSchema);
  const listId = useId();
  const variables = useKnownVariables();
  const list = draft.assignments;
  const setList = (assignments: Assignment[], field: string) => change({ ...draft, assignments }, field);
  return (
    <Section
      title="Assignments"
      action={
        <Button size="sm" onClick={() => setList([...list, { variable: "", value: "" }], "assignments.add")}>
          <Plus className="h-3.5 w-3.5" /> Add
        </Button>
      }
    >
      <datalist id={listId}>{variables.map((variable) => <option key={variable.name} value={variable.name} />)}</datalist>
      {errorAt(errors, "assignments") ? <p role="alert" className="text-xs text-rose-600">{errorAt(errors, "assignments")}</p> : null}
      <ul className="space-y-3">
        {list.map((assignment, index) => (
          <li key={index} className="space-y-1.5 rounded-md border border-slate-200 p-2">
            <AssignmentRow
              index={index}
              assignment={assignment}
              listId={listId}
              error={errorAt(errors, `assignments.${index}`, true)}
              onChange={(next, field) => setList(replaceItem(list, index, next), `assignments.${index}.${field}`)}
            />
            <div className="flex justify-end">
              <ListControls
                index={index}
                length={list.length}
                what={`assignment ${index + 1}`}
                onMove={(to) => setList(moveItem(list, index, to), "assignments.move")}
                onRemove={() => setList(removeItem(list, index), "assignments.remove")}
              />
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function AssignmentRow({ index, assignment, listId, error, onChange }: {
  index: number;
  assignment: Assignment;
  listId: string;
  error?: string;
  onChange(next: Assignment, field: string): void;
}) {
  const [expression, setExpression] = useState(!isLiteral(assignment.value));
  const n = index + 1;
  return (
    <>
      <div className="flex items-center gap-1.5">
        <Input aria-label={`Assignment ${n} variable`} placeholder="variable" list={listId} value={assignment.variable} aria-invalid={error !== undefined || undefined} onChange={(event) => onChange({ ...assignment, variable: event.target.value }, "variable")} />
        <div className="w-32 shrink-0">
          <Select
            aria-label={`Assignment ${n} kind`}
            value={expression ? "expression" : "value"}
            onChange={(event) => {
              const toExpression = event.target.value === "expression";
              setExpression(toExpression);
              if (!toExpression && !isLiteral(assignment.value)) onChange({ ...assignment, value: "" }, "value");
            }}
          >
            <option value="value">value</option>
            <option value="expression">expression</option>
          </Select>
        </div>
      </div>
      {expression ? (
        <JsonField label="JSONLogic" value={assignment.value} hint='e.g. {"+": [{"var": "attempts"}, 1]}' onChange={(value) => onChange({ ...assignment, value: value ?? "" }, "value")} />
      ) : (
        <LiteralInput index={n} value={isLiteral(assignment.value) ? assignment.value : ""} onChange={(value) => onChange({ ...assignment, value }, "value")} />
      )}
      {error ? <p role="alert" className="text-xs text-rose-600">{error}</p> : null}
    </>
  );
}

function LiteralInput({ index, value, onChange }: { index: number; value: JsonLogic; onChange(value: JsonLogic): void }) {
  const [text, edit] = useSyncedText(isLiteral(value) ? value : "", formatLiteral, parseLiteral);
  // literal strings interpolate {{variables}}, so the field offers them
  return <VariableTextField aria-label={`Assignment ${index} value`} placeholder='text, 42, true or "quoted text"' value={text} onChange={(next) => onChange(edit(next))} />;
}
