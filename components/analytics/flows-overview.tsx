import { BarChart3 } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { FlowOverviewRow } from "@/lib/analytics/dashboard-types";
import { formatPercent } from "@/lib/analytics/heat";
import { TRIGGER_LABELS } from "@/lib/analytics/trigger-labels";

/** `/analytics`: every flow with its key numbers over the last 30 days, each linking to its analytics. */
export function FlowsOverview({ rows }: { rows: readonly FlowOverviewRow[] }) {
  return (
    <main className="mx-auto w-full max-w-5xl px-6 py-8">
      <h1 className="text-xl font-semibold">Analytics</h1>
      <p className="mb-6 text-sm text-slate-600">Live conversations of the last 30 days: how many stayed with the bot, and why the others went to a person.</p>
      {rows.length === 0 ? (
        <EmptyState icon={<BarChart3 className="size-8" aria-hidden />} title="No flows yet">
          Create a flow and chat with it; its handoffs show up here.
        </EmptyState>
      ) : (
        <table className="w-full rounded-lg border border-slate-200 bg-white text-sm" data-testid="flows-overview">
          <thead className="text-left text-xs text-slate-500">
            <tr>
              <th className="px-3 py-2 font-medium">Flow</th>
              <th className="px-3 py-2 text-right font-medium">Conversations</th>
              <th className="px-3 py-2 text-right font-medium">Containment</th>
              <th className="px-3 py-2 text-right font-medium">Handoff rate</th>
              <th className="px-3 py-2 text-right font-medium">Not understood</th>
              <th className="px-3 py-2 font-medium">Top trigger</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.flowId} className="border-t border-slate-100">
                <td className="px-3 py-2">
                  <Link href={`/flows/${encodeURIComponent(row.flowId)}/analytics`} className="font-medium text-sky-700 hover:underline">
                    {row.name}
                  </Link>
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{row.conversations.toLocaleString("en")}</td>
                <td className="px-3 py-2 text-right tabular-nums">{row.conversations > 0 ? formatPercent(row.containmentRate) : "—"}</td>
                <td className="px-3 py-2 text-right tabular-nums">{row.conversations > 0 ? formatPercent(row.handoffRate) : "—"}</td>
                <td className="px-3 py-2 text-right tabular-nums">{row.noMatches.toLocaleString("en")}</td>
                <td className="px-3 py-2">{row.topTrigger ? TRIGGER_LABELS[row.topTrigger].label : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
