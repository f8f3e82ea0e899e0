import type { AnalyticsKpis, TriggerRow } from "@/lib/analytics/dashboard-types";
import { formatPercent } from "@/lib/analytics/heat";
import { TRIGGER_LABELS } from "@/lib/analytics/trigger-labels";

/** The headline numbers: conversations, containment, handoff rate, and handoffs per trigger. */
export function KpiCards({ kpis, triggers }: { kpis: AnalyticsKpis; triggers: readonly TriggerRow[] }) {
  const cards = [
    { label: "Conversations", value: kpis.conversations.toLocaleString("en"), hint: "started in the range" },
    { label: "Containment", value: formatPercent(kpis.containmentRate), hint: "conversations without a handoff" },
    { label: "Handoff rate", value: formatPercent(kpis.handoffRate), hint: `${kpis.handoffConversations.toLocaleString("en")} conversations handed over` },
    { label: "Not understood", value: kpis.noMatches.toLocaleString("en"), hint: "no-match messages" },
  ];
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
      {cards.map((card) => (
        <div key={card.label} className="rounded-lg border border-slate-200 bg-white p-4" data-testid={`kpi-${card.label.toLowerCase().replace(/\s+/g, "-")}`}>
          <div className="text-xs font-medium uppercase tracking-wide text-slate-500">{card.label}</div>
          <div className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{card.value}</div>
          <div className="text-xs text-slate-500">{card.hint}</div>
        </div>
      ))}
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <div className="text-xs font-medium uppercase tracking-wide text-slate-500">By trigger</div>
        {triggers.length === 0 ? <p className="mt-1 text-sm text-slate-500">No handoffs</p> : null}
        <ul className="mt-1 space-y-0.5 text-xs">
          {triggers.map((row) => (
            <li key={row.trigger} className="flex justify-between gap-2">
              <span className="flex items-center gap-1.5 truncate">
                <span aria-hidden className="inline-block size-2 rounded-full" style={{ background: TRIGGER_LABELS[row.trigger].color }} />
                {TRIGGER_LABELS[row.trigger].label}
              </span>
              <span className="tabular-nums font-medium">{row.handoffs}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
