import type { AnalyticsEvent } from "@/lib/analytics/analytics-event";
import type { Db } from "../../open";
import { preparedPer } from "../prepared";

// A waited outcome without a wait gets one: the time since the conversation's latest `queued`
// outcome. Done in SQL because the queue time is in an earlier turn's event, not in this trace.
const INSERT = `
insert into analytics_events
  (flow_id, flow_version, conversation_id, type, node_id, trigger, queue, intent, outcome, wait_ms, text, at, channel)
values
  (@flowId, @flowVersion, @conversationId, @type, @nodeId, @trigger, @queue, @intent, @outcome,
   coalesce(@waitMs, case when @outcome in ('assigned', 'timed_out', 'abandoned') then max(0, @at - (
     select queued.at from analytics_events queued
     where queued.conversation_id = @conversationId and queued.type = 'handoff_outcome' and queued.outcome = 'queued'
     order by queued.at desc, queued.id desc limit 1)) end),
   @text, @at, @channel)`;

const insertStatement = preparedPer((db) => db.$client.prepare(INSERT));

/**
 * Stores analytics events with one prepared insert (prepared once per connection). It opens no
 * transaction of its own: called inside a turn's transaction, the events commit or roll back with
 * the turn. Wait times of assigned / timed-out / abandoned outcomes are filled in from the
 * conversation's queued event when the caller does not know them (never negative: a simulated
 * host may stamp the agent's accept before the enqueue's result).
 */
export function recordEvents(db: Db, events: readonly AnalyticsEvent[]): void {
  if (events.length === 0) return;
  const insert = insertStatement(db);
  for (const event of events) insert.run({ ...event });
}
