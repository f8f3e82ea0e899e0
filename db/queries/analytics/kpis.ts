import { sql } from "drizzle-orm";
import type { HandoffTrigger } from "@/lib/runtime";
import { analyticsEvents } from "../../analytics-schema";
import type { Db } from "../../open";
import { countEvents } from "./count-events";
import { eventsWhere, ratio, type AnalyticsFilter } from "./filter";
import type { AnalyticsKpis, TriggerRow } from "@/lib/analytics/dashboard-types";

/**
 * Conversations started in the range, conversations with a handoff in it, and the rates. A
 * conversation that started before the range but handed over inside it counts as a handoff, so
 * rates are capped at 100%.
 */
export function analyticsKpis(db: Db, filter: AnalyticsFilter): AnalyticsKpis {
  const counts = countEvents(db, filter, ["conversation_started", "handoff_triggered", "no_match"], []);
  const count = (type: string) => counts.find((row) => row.type === type)?.n ?? 0;
  const conversations = count("conversation_started");
  // distinct conversations are not additive over days: counted from the (fewer) handoff events
  const handoff = db
    .select({ conversations: sql<number>`count(distinct ${analyticsEvents.conversationId})` })
    .from(analyticsEvents)
    .where(eventsWhere(filter, "handoff_triggered"))
    .get();
  const handoffConversations = Math.min(handoff?.conversations ?? 0, conversations);
  return {
    conversations,
    handoffConversations,
    handoffs: count("handoff_triggered"),
    containmentRate: conversations > 0 ? 1 - ratio(handoffConversations, conversations) : 0,
    handoffRate: ratio(handoffConversations, conversations),
    noMatches: count("no_match"),
  };
}

/** Handoffs by trigger, most frequent first. */
export function handoffsByTrigger(db: Db, filter: AnalyticsFilter): TriggerRow[] {
  const conversations = new Map(
    db
      .select({ trigger: analyticsEvents.trigger, conversations: sql<number>`count(distinct ${analyticsEvents.conversationId})` })
      .from(analyticsEvents)
      .where(eventsWhere(filter, "handoff_triggered"))
      .groupBy(analyticsEvents.trigger)
      .all()
      .map((row) => [row.trigger, row.conversations]),
  );
  const rows = countEvents(db, filter, ["handoff_triggered"], ["trigger"]);
  const total = rows.reduce((sum, row) => sum + row.n, 0);
  return rows
    .flatMap((row) => (isTrigger(row.trigger) ? [{ trigger: row.trigger, handoffs: row.n, conversations: conversations.get(row.trigger) ?? 0, share: ratio(row.n, total) }] : []))
    .sort((a, b) => b.handoffs - a.handoffs || a.trigger.localeCompare(b.trigger));
}

const TRIGGERS: readonly string[] = ["explicit", "user_request", "no_match", "error", "frustration"];

export function isTrigger(value: string | null): value is HandoffTrigger {
  return value !== null && TRIGGERS.includes(value);
}

