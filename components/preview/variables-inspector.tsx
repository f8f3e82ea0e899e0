"use client";

import { useState } from "react";
import { Input } from "@/components/ui/input";
import type { JsonValue } from "@/lib/flow";
import type { PreviewSession } from "@/lib/preview/preview-session";

/**
 * The running conversation's variables; each value can be edited (JSON, or plain text) and is
 * applied to the conversation at once — handy to try a branch without typing the way there.
 */
export function VariablesInspector({ session, variables }: { session: PreviewSession; variables: { [name: string]: JsonValue } }) {
  const names = Object.keys(variables).sort();
  if (names.length === 0) return <p className="p-3 text-xs text-slate-500">No variables yet.</p>;
  return (
    <table aria-label="Variables" className="w-full text-xs">
      <tbody>
        {names.map((name) => (
          <tr key={name} className="border-b border-slate-100">
            <th scope="row" className="w-1/3 truncate px-2 py-1 text-left font-mono font-medium text-slate-700">{name}</th>
            <td className="px-2 py-1">
              <VariableValue name={name} value={variables[name] ?? null} onCommit={(value) => void session.setVariable(name, value)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function VariableValue({ name, value, onCommit }: { name: string; value: JsonValue; onCommit: (value: JsonValue) => void }) {
  const shown = JSON.stringify(value);
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null || draft === shown) return setDraft(null);
    onCommit(readValue(draft));
    setDraft(null);
  };
  return (
    <Input
      aria-label={`Value of ${name}`}
      className="h-7 font-mono text-xs"
      value={draft ?? shown}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === "Enter") commit();
        if (event.key === "Escape") setDraft(null);
      }}
    />
  );
}

/** JSON when it parses (numbers, objects, "quoted text"), the raw text otherwise. */
function readValue(text: string): JsonValue {
  try {
    const value: JsonValue = JSON.parse(text);
    return value;
  } catch {
    return text;
  }
}
