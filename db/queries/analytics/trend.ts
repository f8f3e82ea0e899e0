import type { TrendPoint } from "@/lib/analytics/dashboard-types";
import type { Db } from "../../open";
import { countEvents } from "./count-events";
import { ratio, type AnalyticsFilter } from "./filter";

const DAY_MS = 86_400_000;

/** Conversations, handoffs and no-matches per UTC day of the range; days without events are zeros. */
export function analyticsTrend(db: Db, filter: AnalyticsFilter): TrendPoint[] {
  const rows = countEvents(db, filter, ["conversation_started", "handoff_triggered", "no_match"], ["day"]);
  const byDay = new Map<number, TrendPoint>();
  const first = Math.floor(filter.from / DAY_MS);
  const last = Math.floor((filter.to - 1) / DAY_MS);
  for (let index = first; index <= last; index++) {
    byDay.set(index, { day: new Date(index * DAY_MS).toISOString().slice(0, 10), conversations: 0, handoffs: 0, noMatches: 0, handoffRate: 0 });
  }
  for (const row of rows) {
    const point = byDay.get(Math.floor(row.day ?? Number.NaN));
    if (!point) continue;
    if (row.type === "conversation_started") point.conversations += row.n;
    else if (row.type === "handoff_triggered") point.handoffs += row.n;
    else point.noMatches += row.n;
  }
  const points = [...byDay.values()];
  for (const point of points) point.handoffRate = ratio(point.handoffs, point.conversations);
  return points;
}

