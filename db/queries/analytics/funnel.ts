import { and, eq, isNotNull, sql } from "drizzle-orm";
import { analyticsEvents } from "../../analytics-schema";
import type { Db } from "../../open";
import { eventsWhere, type AnalyticsFilter } from "./filter";
import type { HandoffFunnel } from "@/lib/analytics/dashboard-types";
import { countEvents } from "./count-events";

/** The funnel over the range (see `HandoffFunnel`). */
export function handoffFunnel(db: Db, filter: AnalyticsFilter): HandoffFunnel {
  const counts = new Map<string, number>();
  const rows = countEvents(db, filter, ["handoff_triggered", "handoff_outcome", "ticket_created", "callback_scheduled"], ["outcome"]);
  for (const row of rows) counts.set(row.type === "handoff_outcome" ? (row.outcome ?? "") : row.type, row.n);
  const get = (key: string) => counts.get(key) ?? 0;
  const queued = get("queued");
  const assigned = get("assigned");
  const timedOut = get("timed_out");
  const unavailable = get("unavailable");
  const tickets = get("ticket_created");
  const callbacks = get("callback_scheduled");
  return {
    triggered: get("handoff_triggered"),
    queued,
    assigned,
    resolved: get("resolved"),
    handedBack: get("handed_back"),
    // the recorded `abandoned` (the user left before the wait timed out) are among these already
    leftWaiting: Math.max(0, queued - assigned - timedOut),
    unavailable,
    timedOut,
    tickets,
    callbacks,
    abandoned: Math.max(0, unavailable + timedOut - tickets - callbacks),
    medianWaitMs: medianWait(db, filter, "assigned"),
    medianTimedOutWaitMs: medianWait(db, filter, "timed_out"),
  };
}

/** Median of the outcome's wait times, read as the middle row(s) in wait order (from the wait index alone). */
function medianWait(db: Db, filter: AnalyticsFilter, outcome: "assigned" | "timed_out"): number | null {
  // the type as a literal too: SQLite uses a partial index only for a WHERE it can see implies the index's
  const where = and(eventsWhere(filter, "handoff_outcome"), sql`${analyticsEvents.type} = 'handoff_outcome'`, eq(analyticsEvents.outcome, outcome), isNotNull(analyticsEvents.waitMs));
  const total = db.select({ n: sql<number>`count(*)` }).from(analyticsEvents).where(where).get()?.n ?? 0;
  if (total === 0) return null;
  const middle = db
    .select({ waitMs: analyticsEvents.waitMs })
    .from(analyticsEvents)
    .where(where)
    .orderBy(analyticsEvents.waitMs)
    .limit(total % 2 === 0 ? 2 : 1)
    .offset(Math.floor((total - 1) / 2))
    .all();
  const values = middle.flatMap((row) => (row.waitMs === null ? [] : [row.waitMs]));
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

