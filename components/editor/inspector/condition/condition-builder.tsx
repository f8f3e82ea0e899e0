"use client";

import { Braces, Plus, X } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import type { JsonLogic } from "@/lib/flow";
import { removeItem, replaceItem } from "../fields/move-item";
import { useKnownVariables } from "../fields/use-known-variables";
import { ConditionRowEditor } from "./condition-row-editor";
import { logicFromRows, rowsFromLogic, type ConditionRows } from "./condition-rows";
import { JsonField } from "./json-field";

/**
 * Builds a JSONLogic condition from rows of `variable operator value` joined by all/any, shows the
 * resulting JSON, and offers the raw JSON editor for anything the rows cannot express. Used by the
 * Condition node and by the flow's routing rules.
 */
export function ConditionBuilder({ value, onChange, extraVariables = [] }: {
  value: JsonLogic;
  onChange(value: JsonLogic): void;
  /** Names readable here besides the flow's variables (routing rules also see intent, trigger, node). */
  extraVariables?: readonly string[];
}) {
  const listId = useId();
  const variables = useKnownVariables();
  const parsed = rowsFromLogic(value);
  const [editJson, setEditJson] = useState(parsed === null);
  const setRows = (next: ConditionRows) => onChange(logicFromRows(next));

  return (
    <div className="space-y-2">
      <datalist id={listId}>
        {[...extraVariables, ...variables.map((variable) => variable.name)].map((name) => <option key={name} value={name} />)}
      </datalist>
      {editJson || parsed === null ? (
        <>
          <JsonField label="JSONLogic" value={value} rows={5} onChange={(next) => onChange(next ?? true)} hint={parsed === null ? "Too complex for the builder: edit it as JSON." : undefined} />
          <Button size="sm" variant="ghost" disabled={parsed === null} onClick={() => setEditJson(false)}>
            Back to the builder
          </Button>
        </>
      ) : (
        <>
          {parsed.rows.length > 1 ? (
            <div className="flex items-center gap-2 text-xs text-slate-600">
              Match
              <div className="w-24">
                <Select aria-label="Match all or any" className="h-7 text-xs" value={parsed.join} onChange={(event) => setRows({ ...parsed, join: event.target.value === "any" ? "any" : "all" })}>
                  <option value="all">all of</option>
                  <option value="any">any of</option>
                </Select>
              </div>
              these:
            </div>
          ) : null}
          {parsed.rows.length === 0 ? <p className="text-xs text-slate-500">No conditions: always true.</p> : null}
          {parsed.rows.map((row, index) => (
            <div key={index} className="flex items-center gap-1">
              <div className="min-w-0 flex-1">
                <ConditionRowEditor row={row} index={index} variablesListId={listId} onChange={(next) => setRows({ ...parsed, rows: replaceItem(parsed.rows, index, next) })} />
              </div>
              <Button variant="ghost" size="icon" className="h-7 w-7 shrink-0" aria-label={`Remove condition ${index + 1}`} onClick={() => setRows({ ...parsed, rows: removeItem(parsed.rows, index) })}>
                <X className="h-3.5 w-3.5" />
              </Button>
            </div>
          ))}
          <div className="flex gap-1">
            <Button size="sm" onClick={() => setRows({ ...parsed, rows: [...parsed.rows, { variable: "", operator: "==", value: "" }] })}>
              <Plus className="h-3.5 w-3.5" /> Add condition
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setEditJson(true)}>
              <Braces className="h-3.5 w-3.5" /> Edit JSON
            </Button>
          </div>
          <pre aria-label="Condition JSON" className="whitespace-pre-wrap break-all rounded bg-slate-50 px-2 py-1.5 font-mono text-[11px] text-slate-600">{JSON.stringify(value)}</pre>
        </>
      )}
    </div>
  );
}
