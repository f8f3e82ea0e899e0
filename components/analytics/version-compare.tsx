"use client";

import { useState } from "react";
import { Select } from "@/components/ui/input";
import type { VersionRow } from "@/lib/analytics/dashboard-types";
import { formatPercent } from "@/lib/analytics/heat";
import { TRIGGER_LABELS, TRIGGER_ORDER } from "@/lib/analytics/trigger-labels";

const versionName = (version: number) => (version === 0 ? "Draft" : `v${version}`);

/** Version N next to version N+1: handoff rate and handoffs per trigger, with the change. */
export function VersionCompare({ rows }: { rows: readonly VersionRow[] }) {
  const [picked, setPicked] = useState<number | null>(null);
  if (rows.length < 2) return <p className="text-sm text-slate-500">Comparing needs conversations on two versions in this range{rows.length === 1 ? ` (only ${versionName(rows[0]?.version ?? 0)} so far)` : ""}.</p>;
  const index = Math.max(1, picked === null ? rows.length - 1 : rows.findIndex((row) => row.version === picked));
  const after = rows[index];
  const before = rows[index - 1];
  if (!after || !before) return null;
  const lines = [
    { label: "Conversations", a: before.conversations, b: after.conversations, format: (value: number) => String(value) },
    { label: "Handoff rate", a: before.handoffRate, b: after.handoffRate, format: formatPercent },
    ...TRIGGER_ORDER.map((trigger) => ({
      label: TRIGGER_LABELS[trigger].label,
      a: before.byTrigger[trigger] ?? 0,
      b: after.byTrigger[trigger] ?? 0,
      format: (value: number) => String(value),
    })),
  ];
  return (
    <div className="space-y-2">
      <label className="flex items-center gap-2 text-xs text-slate-600">
        Compare with the version before it:
        <span className="w-28">
          <Select value={after.version} onChange={(event) => setPicked(Number(event.target.value))} aria-label="Version to compare">
            {rows.slice(1).map((row) => <option key={row.version} value={row.version}>{versionName(row.version)}</option>)}
          </Select>
        </span>
      </label>
      <table className="w-full text-sm" data-testid="version-table">
        <thead className="text-left text-xs text-slate-500">
          <tr><th className="py-1 font-medium" /><th className="py-1 text-right font-medium">{versionName(before.version)}</th><th className="py-1 text-right font-medium">{versionName(after.version)}</th><th className="py-1 text-right font-medium">Change</th></tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.label} className="border-t border-slate-100">
              <td className="py-1">{line.label}</td>
              <td className="py-1 text-right tabular-nums">{line.format(line.a)}</td>
              <td className="py-1 text-right tabular-nums">{line.format(line.b)}</td>
              <td className={`py-1 text-right tabular-nums ${line.b > line.a ? "text-rose-700" : line.b < line.a ? "text-emerald-700" : "text-slate-500"}`}>
                {line.b === line.a ? "=" : `${line.b > line.a ? "+" : "−"}${line.format(Math.abs(line.b - line.a))}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
