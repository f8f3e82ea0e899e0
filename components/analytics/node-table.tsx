"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { NodeRow } from "@/lib/analytics/dashboard-types";
import { formatPercent } from "@/lib/analytics/heat";
import { TRIGGER_LABELS, TRIGGER_ORDER } from "@/lib/analytics/trigger-labels";

/** Where handoffs fire: handoffs per node by trigger (stacked bars) and the per-node table. */
export function NodeTable({ rows, titleOf, onPickNode }: { rows: readonly NodeRow[]; titleOf: (nodeId: string) => string; onPickNode: (nodeId: string) => void }) {
  const withHandoffs = rows.filter((row) => row.handoffs > 0).slice(0, 10);
  const data = withHandoffs.map((row) => ({ node: row.nodeId, ...Object.fromEntries(TRIGGER_ORDER.map((trigger) => [trigger, row.byTrigger[trigger] ?? 0])) }));
  const listed = rows.filter((row) => row.handoffs > 0 || row.noMatches > 0);
  return (
    <div className="space-y-4">
      {data.length > 0 ? (
        <div className="h-56">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} margin={{ left: -16, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
              <XAxis dataKey="node" tick={{ fontSize: 11 }} />
              <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
              <Tooltip />
              {TRIGGER_ORDER.map((trigger) => (
                <Bar key={trigger} dataKey={trigger} stackId="handoffs" name={TRIGGER_LABELS[trigger].label} fill={TRIGGER_LABELS[trigger].color} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : null}
      <table className="w-full text-sm" data-testid="node-table">
        <thead className="text-left text-xs text-slate-500">
          <tr>
            <th className="py-1 font-medium">Node</th>
            <th className="py-1 text-right font-medium">Handoffs</th>
            <th className="py-1 text-right font-medium">Inputs</th>
            <th className="py-1 text-right font-medium">No-matches</th>
            <th className="py-1 text-right font-medium">No-match rate</th>
            <th className="py-1" />
          </tr>
        </thead>
        <tbody>
          {listed.length === 0 ? (
            <tr><td colSpan={6} className="py-2 text-slate-500">No handoffs or no-matches in this range.</td></tr>
          ) : null}
          {listed.map((row) => (
            <tr key={row.nodeId} className="border-t border-slate-100">
              <td className="max-w-64 truncate py-1" title={titleOf(row.nodeId)}>
                <span className="font-mono text-xs text-slate-500">{row.nodeId}</span> {titleOf(row.nodeId)}
              </td>
              <td className="py-1 text-right tabular-nums">{row.handoffs}</td>
              <td className="py-1 text-right tabular-nums">{row.inputs}</td>
              <td className="py-1 text-right tabular-nums">{row.noMatches}</td>
              <td className="py-1 text-right tabular-nums">{formatPercent(row.noMatchRate)}</td>
              <td className="py-1 text-right">
                {row.handoffs > 0 ? (
                  <button type="button" className="text-xs text-sky-700 hover:underline" onClick={() => onPickNode(row.nodeId)}>
                    Transcripts
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
