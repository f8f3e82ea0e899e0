import { sql } from "drizzle-orm";
import { analyticsEvents } from "../../analytics-schema";
import type { Db } from "../../open";
import { countEvents } from "./count-events";
import { eventsWhere, ratio, type AnalyticsFilter } from "./filter";
import { isTrigger } from "./kpis";
import type { VersionRow } from "@/lib/analytics/dashboard-types";

/** Conversations, handoffs and triggers per flow version in the range (ignores the version filter), oldest first. */
export function analyticsByVersion(db: Db, filter: AnalyticsFilter): VersionRow[] {
  const all = { ...filter, version: null };
  const rows = countEvents(db, all, ["conversation_started", "handoff_triggered"], ["version", "trigger"]);
  const byVersion = new Map<number, VersionRow>();
  for (const row of rows) {
    if (row.version === null) continue;
    let version = byVersion.get(row.version);
    if (!version) {
      version = { version: row.version, conversations: 0, handoffConversations: 0, handoffs: 0, handoffRate: 0, byTrigger: {} };
      byVersion.set(row.version, version);
    }
    if (row.type === "conversation_started") version.conversations += row.n;
    else {
      version.handoffs += row.n;
      if (isTrigger(row.trigger)) version.byTrigger[row.trigger] = (version.byTrigger[row.trigger] ?? 0) + row.n;
    }
  }
  // distinct conversations with a handoff need their own count: one conversation can have several triggers
  const distinct = db
    .select({ version: analyticsEvents.flowVersion, n: sql<number>`count(distinct ${analyticsEvents.conversationId})` })
    .from(analyticsEvents)
    .where(eventsWhere(all, "handoff_triggered"))
    .groupBy(analyticsEvents.flowVersion)
    .all();
  for (const row of distinct) {
    const version = byVersion.get(row.version);
    if (version) version.handoffConversations = Math.min(row.n, version.conversations);
  }
  return [...byVersion.values()]
    .map((version) => ({ ...version, handoffRate: ratio(version.handoffConversations, version.conversations) }))
    .sort((a, b) => a.version - b.version);
}

