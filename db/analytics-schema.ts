import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * One analytics event (DESIGN.md, protocol step 5 "Record"), derived from the runtime's trace by
 * `eventsFromTrace` (lib/analytics). Append-only, no foreign keys: events outlive deleted
 * conversations and inserting them must stay one cheap statement per event. `at` is ms since the
 * epoch; `type` decides which of the optional columns are set (see `AnalyticsEvent`).
 *
 * The indexes are shaped for the dashboard: every query filters on flow + type + time range, so
 * (flow_id, type, at) is the workhorse and carries the grouped columns to be covering; wait times
 * look up the conversation's queued event, and the median wait reads the handoff outcomes'
 * (flow_id, outcome, at, flow_version, wait_ms) alone.
 *
 * Node entries are two in three of all events and no dashboard query reads them, so no index
 * holds them: they cost a live chat turn one row each instead of a row and four index entries.
 * That is why the workhorse index is partial and why `eventsWhere` repeats its condition.
 */
export const analyticsEvents = sqliteTable(
  "analytics_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    flowId: text("flow_id").notNull(),
    flowVersion: integer("flow_version").notNull(),
    conversationId: text("conversation_id").notNull(),
    type: text("type").notNull(),
    nodeId: text("node_id"),
    trigger: text("trigger"),
    queue: text("queue"),
    intent: text("intent"),
    outcome: text("outcome"),
    waitMs: integer("wait_ms"),
    /** The user's last message (no-match events and handoffs). */
    text: text("text"),
    at: integer("at").notNull(),
    channel: text("channel").notNull().default("live"),
  },
  (table) => [
    index("analytics_flow_type_at_idx")
      .on(table.flowId, table.type, table.at, table.flowVersion, table.trigger, table.outcome, table.nodeId, table.conversationId)
      .where(sql`type <> 'node_entered'`),
    // only the wait-time lookup of `recordEvents` reads events by conversation, and only outcomes
    index("analytics_conversation_idx").on(table.conversationId, table.type, table.at).where(sql`type = 'handoff_outcome'`),
    // partial: only handoff outcomes have waits, so the other 94% of inserts skip it
    index("analytics_flow_outcome_wait_idx").on(table.flowId, table.outcome, table.at, table.flowVersion, table.waitMs).where(sql`type = 'handoff_outcome'`),
  ],
);

/**
 * The events counted per flow, UTC day (`at` / 86,400,000), version, type, node, trigger and
 * outcome ('' where the event has none): the dashboard's counts over whole days read these few
 * thousand rows instead of a million events. Kept by the `analytics_daily_count` trigger on every
 * insert into `analytics_events` (migrations 0007, 0009), so no writer can forget it; node entries
 * are not counted (nothing reads them).
 */
export const analyticsDaily = sqliteTable(
  "analytics_daily",
  {
    flowId: text("flow_id").notNull(),
    type: text("type").notNull(),
    day: integer("day").notNull(),
    flowVersion: integer("flow_version").notNull(),
    nodeId: text("node_id").notNull(),
    trigger: text("trigger").notNull(),
    outcome: text("outcome").notNull(),
    n: integer("n").notNull(),
  },
  (table) => [primaryKey({ columns: [table.flowId, table.type, table.day, table.flowVersion, table.nodeId, table.trigger, table.outcome] })],
);

export type AnalyticsEventRow = typeof analyticsEvents.$inferSelect;
