import type { HandoffFunnel as Funnel } from "@/lib/analytics/dashboard-types";
import { formatPercent, formatWait } from "@/lib/analytics/heat";

interface Step {
  label: string;
  value: number;
  of: number;
  tone: string;
}

/**
 * The handoff protocol as two funnels from "triggered": the available branch (queued → accepted →
 * resolved / handed back) and the unavailable one (unavailable or timed out → ticket / callback /
 * left without a reference), with the median wait for an agent.
 */
export function HandoffFunnel({ funnel }: { funnel: Funnel }) {
  const fallback = funnel.unavailable + funnel.timedOut;
  const available: Step[] = [
    { label: "Triggered", value: funnel.triggered, of: funnel.triggered, tone: "bg-slate-500" },
    { label: "Agent available (queued)", value: funnel.queued, of: funnel.triggered, tone: "bg-sky-500" },
    { label: "Accepted by an agent", value: funnel.assigned, of: funnel.queued, tone: "bg-sky-600" },
    { label: "Resolved", value: funnel.resolved, of: funnel.assigned, tone: "bg-emerald-600" },
    { label: "Handed back to the bot", value: funnel.handedBack, of: funnel.assigned, tone: "bg-emerald-400" },
    { label: "Left while waiting", value: funnel.leftWaiting, of: funnel.queued, tone: "bg-slate-400" },
  ];
  const unavailable: Step[] = [
    { label: "Unavailable (closed, offline, busy)", value: funnel.unavailable, of: funnel.triggered, tone: "bg-amber-500" },
    { label: "Timed out waiting", value: funnel.timedOut, of: funnel.queued, tone: "bg-amber-600" },
    { label: "Ticket created", value: funnel.tickets, of: fallback, tone: "bg-violet-500" },
    { label: "Callback scheduled", value: funnel.callbacks, of: fallback, tone: "bg-violet-400" },
    { label: "Left without a reference", value: funnel.abandoned, of: fallback, tone: "bg-rose-500" },
  ];
  return (
    <div className="grid gap-6 md:grid-cols-2" data-testid="handoff-funnel">
      <FunnelSteps title={`An agent could take it · median wait ${formatWait(funnel.medianWaitMs)}`} steps={available} />
      <FunnelSteps title="Nobody could take it" steps={unavailable} />
    </div>
  );
}

function FunnelSteps({ title, steps }: { title: string; steps: Step[] }) {
  return (
    <div>
      <h3 className="mb-2 text-xs font-medium text-slate-600">{title}</h3>
      <ul className="space-y-1.5">
        {steps.map((step) => {
          const share = step.of > 0 ? step.value / step.of : 0;
          return (
            <li key={step.label} className="text-xs">
              <div className="flex justify-between gap-2">
                <span>{step.label}</span>
                <span className="tabular-nums">
                  <strong>{step.value}</strong> <span className="text-slate-500">{step.of > 0 ? formatPercent(share) : ""}</span>
                </span>
              </div>
              <div className="mt-0.5 h-2 rounded bg-slate-100">
                <div className={`h-2 rounded ${step.tone}`} style={{ width: `${Math.min(100, share * 100)}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
