import type { FlowOverviewRow } from "@/lib/analytics/dashboard-types";
import { resolveRange } from "@/lib/analytics/date-range";
import type { Db } from "../../open";
import { listFlows } from "../flows";
import { analyticsKpis, handoffsByTrigger } from "./kpis";

/** Every flow with its key numbers over the last `days` days: conversations, containment, handoff rate, top trigger. */
export function flowOverview(db: Db, days: 7 | 30 | 90, now = Date.now()): FlowOverviewRow[] {
  const range = resolveRange(`${days}d`, now);
  return listFlows(db).map((flow) => {
    const filter = { flowId: flow.id, ...range, version: null };
    const kpis = analyticsKpis(db, filter);
    return { flowId: flow.id, name: flow.name, ...kpis, topTrigger: handoffsByTrigger(db, filter)[0]?.trigger ?? null };
  });
}
