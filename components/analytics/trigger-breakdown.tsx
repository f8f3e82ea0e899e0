"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TriggerRow } from "@/lib/analytics/dashboard-types";
import { formatPercent } from "@/lib/analytics/heat";
import { TRIGGER_LABELS } from "@/lib/analytics/trigger-labels";

/** Why handoffs happen: a bar per trigger and the table beside it. */
export function TriggerBreakdown({ rows }: { rows: readonly TriggerRow[] }) {
  const data = rows.map((row) => ({ ...row, label: TRIGGER_LABELS[row.trigger].label }));
  if (rows.length === 0) return <p className="text-sm text-slate-500">No handoffs in this range.</p>;
  return (
    <div className="space-y-3">
      <div className="h-52">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ left: 24, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Bar dataKey="handoffs" name="Handoffs" isAnimationActive={false}>
              {data.map((row) => <Cell key={row.trigger} fill={TRIGGER_LABELS[row.trigger].color} />)}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="w-full text-sm" data-testid="trigger-table">
        <thead className="text-left text-xs text-slate-500">
          <tr><th className="py-1 font-medium">Trigger</th><th className="py-1 text-right font-medium">Handoffs</th><th className="py-1 text-right font-medium">Conversations</th><th className="py-1 text-right font-medium">Share</th></tr>
        </thead>
        <tbody>
          {data.map((row) => (
            <tr key={row.trigger} className="border-t border-slate-100">
              <td className="py-1">{row.label}</td>
              <td className="py-1 text-right tabular-nums">{row.handoffs}</td>
              <td className="py-1 text-right tabular-nums">{row.conversations}</td>
              <td className="py-1 text-right tabular-nums">{formatPercent(row.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
