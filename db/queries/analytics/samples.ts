import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { analyticsEvents } from "../../analytics-schema";
import { messages } from "../../live-schema";
import type { Db } from "../../open";
import { eventsWhere, type AnalyticsFilter } from "./filter";
import { isTrigger } from "./kpis";
import type { TranscriptSample } from "@/lib/analytics/dashboard-types";


/** The newest `limit` conversations whose handoff fired at `nodeId` in the range, with their messages. */
export function handoffSamples(db: Db, filter: AnalyticsFilter, nodeId: string, limit = 5): TranscriptSample[] {
  const handoffs = db
    .select({ conversationId: analyticsEvents.conversationId, trigger: analyticsEvents.trigger, at: analyticsEvents.at, text: analyticsEvents.text })
    .from(analyticsEvents)
    .where(and(eventsWhere(filter, "handoff_triggered"), eq(analyticsEvents.nodeId, nodeId)))
    .orderBy(desc(analyticsEvents.at), desc(analyticsEvents.id))
    .limit(limit * 4)
    .all();
  const picked = new Map<string, (typeof handoffs)[number]>();
  for (const row of handoffs) if (!picked.has(row.conversationId) && picked.size < limit) picked.set(row.conversationId, row);
  if (picked.size === 0) return [];
  const lines = db
    .select({ conversationId: messages.conversationId, seq: messages.seq, from: messages.from, text: messages.text, at: messages.at })
    .from(messages)
    .where(inArray(messages.conversationId, [...picked.keys()]))
    .orderBy(asc(messages.conversationId), asc(messages.seq))
    .all();
  return [...picked.values()].map((row) => ({
    conversationId: row.conversationId,
    trigger: isTrigger(row.trigger) ? row.trigger : null,
    at: new Date(row.at).toISOString(),
    lastUserMessage: row.text,
    messages: lines
      .filter((line) => line.conversationId === row.conversationId)
      .map((line) => ({ seq: line.seq, from: line.from, text: line.text, at: line.at.toISOString() })),
  }));
}

