"use client";

import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { ListControls } from "./fields/list-controls";
import { removeItem, replaceItem } from "./fields/move-item";
import { useSyncedText } from "./fields/use-synced-text";

type HeaderRow = [name: string, value: string];

const toRows = (headers: Readonly<Record<string, string>>): HeaderRow[] => Object.entries(headers);
/** Rows without a name are still being typed: they stay on screen but are not sent. */
const toHeaders = (rows: readonly HeaderRow[]): Record<string, string> =>
  Object.fromEntries(rows.filter(([name]) => name.trim() !== "").map(([name, value]) => [name.trim(), value]));

/** Key/value rows for a webhook's request headers. */
export function HeadersEditor({ value, onChange, error }: { value: Record<string, string>; onChange(value: Record<string, string>): void; error?: string }) {
  const [rows, edit] = useSyncedText<Record<string, string>, HeaderRow[]>(value, toRows, toHeaders);
  const update = (next: HeaderRow[]) => onChange(edit(next));
  return (
    <div className="space-y-1">
      <div className="flex items-center justify-between">
        <span className="text-xs font-medium text-slate-700">Headers</span>
        <Button size="sm" variant="ghost" onClick={() => update([...rows, ["", ""]])}>
          <Plus className="h-3.5 w-3.5" /> Add header
        </Button>
      </div>
      {rows.map(([name, headerValue], index) => (
        <div key={index} className="flex items-center gap-1.5">
          <Input aria-label={`Header ${index + 1} name`} placeholder="Authorization" value={name} onChange={(event) => update(replaceItem(rows, index, [event.target.value, headerValue]))} />
          <Input aria-label={`Header ${index + 1} value`} placeholder="Bearer …" value={headerValue} onChange={(event) => update(replaceItem(rows, index, [name, event.target.value]))} />
          <ListControls index={index} length={rows.length} what={`header ${name || index + 1}`} onRemove={() => update(removeItem(rows, index))} />
        </div>
      ))}
      {error ? <p role="alert" className="text-xs text-rose-600">{error}</p> : null}
    </div>
  );
}
