import { and, asc, desc, eq, inArray, isNotNull, lte, sql } from "drizzle-orm";
import type { DeskHandoff, HandoffTrigger, LiveHandoffStatus, Priority } from "@/lib/api/live";
import type { Db, Queryable } from "../../open";
import { preparedPer } from "../prepared";
import { conversations, handoffs } from "../../live-schema";

export type HandoffRow = typeof handoffs.$inferSelect;

export const PRIORITY_RANK: Record<Priority, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

export function insertHandoff(db: Queryable, row: typeof handoffs.$inferInsert): void {
  db.insert(handoffs).values(row).run();
}

/** Lookups every handoff turn makes: prepared once per database handle. */
function buildStatements(db: Db) {
  return {
    byId: db.select().from(handoffs).where(eq(handoffs.id, sql.placeholder("id"))).prepare(),
    // the statuses are literals so SQLite can use the partial index handoffs_one_open_idx
    open: db
      .select()
      .from(handoffs)
      .where(and(eq(handoffs.conversationId, sql.placeholder("conversationId")), sql`${handoffs.status} in ('queued', 'assigned')`))
      .prepare(),
    // (rank, requested, rowid) in row-value order — same millisecond: insertion order decides —
    // so SQLite counts the rows ahead as one range of handoffs_queue_status_idx
    ahead: db
      .select({ n: sql<number>`count(*)` })
      .from(handoffs)
      .where(
        and(
          sql`${handoffs.status} = 'queued'`,
          eq(handoffs.queue, sql.placeholder("queue")),
          sql`(${handoffs.priorityRank}, ${handoffs.requestedAt}, ${handoffs}.rowid) < (${sql.placeholder("rank")}, ${sql.placeholder("at")}, (select h.rowid from ${handoffs} h where h.id = ${sql.placeholder("id")}))`,
        ),
      )
      .prepare(),
    queued: db
      .select({ n: sql<number>`count(*)` })
      .from(handoffs)
      .where(and(eq(handoffs.status, "queued"), eq(handoffs.queue, sql.placeholder("queue"))))
      .prepare(),
    lastHandled: db
      .select({ assignedAt: handoffs.assignedAt, endedAt: handoffs.endedAt })
      .from(handoffs)
      .where(and(eq(handoffs.queue, sql.placeholder("queue")), isNotNull(handoffs.assignedAt), isNotNull(handoffs.endedAt)))
      .orderBy(desc(handoffs.endedAt))
      .limit(50)
      .prepare(),
    setLastUserMessage: db.update(handoffs).set({ lastUserMessage: sql`${sql.placeholder("text")}` }).where(eq(handoffs.id, sql.placeholder("id"))).prepare(),
  };
}

const statements = preparedPer(buildStatements);

export function getHandoffRow(db: Db, id: string): HandoffRow | undefined {
  return statements(db).byId.get({ id });
}

/** The conversation's queued or assigned handoff, if any. */
export function openHandoffOf(db: Db, conversationId: string): HandoffRow | undefined {
  return statements(db).open.get({ conversationId });
}

/** Assigns a queued handoff to an agent; false when it was no longer queued (someone else won). */
export function claimHandoff(db: Queryable, id: string, agent: { id: string; name: string }, now: Date): boolean {
  const result = db
    .update(handoffs)
    .set({ status: "assigned", agentId: agent.id, agentName: agent.name, assignedAt: now, waitDeadline: null })
    .where(and(eq(handoffs.id, id), eq(handoffs.status, "queued")))
    .run();
  return result.changes === 1;
}

/** Ends an open handoff with `status` (resolved, handed_back, timed_out…). */
export function finishHandoff(db: Queryable, id: string, status: LiveHandoffStatus, now: Date, note?: string): void {
  db.update(handoffs)
    .set({ status, endedAt: now, waitDeadline: null, ...(note === undefined ? {} : { note }) })
    .where(and(eq(handoffs.id, id), inArray(handoffs.status, ["queued", "assigned"])))
    .run();
}

/** Puts the handoff back in line in another queue. */
export function moveHandoff(db: Queryable, id: string, queue: string, note: string | null, waitDeadline: Date | null): void {
  db.update(handoffs)
    .set({ queue, status: "queued", agentId: null, agentName: null, assignedAt: null, waitDeadline, note })
    .where(eq(handoffs.id, id))
    .run();
}

export function setLastUserMessage(db: Db, id: string, text: string): void {
  statements(db).setLastUserMessage.run({ id, text });
}

export function clearDeadline(db: Queryable, id: string): void {
  db.update(handoffs).set({ waitDeadline: null }).where(eq(handoffs.id, id)).run();
}

export function queuedCount(db: Db, queue: string): number {
  return statements(db).queued.get({ queue })?.n ?? 0;
}

/** Place in line: higher priority first, then first come first served (1 = next). */
export function positionOf(db: Db, row: HandoffRow): number {
  const ahead = statements(db).ahead.get({ queue: row.queue, rank: row.priorityRank, at: row.requestedAt.getTime(), id: row.id });
  return (ahead?.n ?? 0) + 1;
}

/** Median seconds an agent spent on the queue's last 50 finished chats; null without history. */
export function medianHandleSec(db: Db, queue: string): number | null {
  const rows = statements(db).lastHandled.all({ queue });
  const durations = rows.flatMap((row) => (row.assignedAt && row.endedAt ? [(row.endedAt.getTime() - row.assignedAt.getTime()) / 1000] : [])).sort((a, b) => a - b);
  if (durations.length === 0) return null;
  const middle = Math.floor(durations.length / 2);
  const median = durations.length % 2 ? (durations[middle] ?? 0) : ((durations[middle - 1] ?? 0) + (durations[middle] ?? 0)) / 2;
  return Math.round(median);
}

/** Open handoffs (queued + assigned) of the given queues (null = all), by priority then age. */
export function listOpenHandoffs(db: Queryable, queues: string[] | null): HandoffRow[] {
  return db
    .select()
    .from(handoffs)
    .where(and(inArray(handoffs.status, ["queued", "assigned"]), queues === null ? undefined : inArray(handoffs.queue, queues)))
    .orderBy(asc(handoffs.priorityRank), asc(handoffs.requestedAt), sql`${handoffs}.rowid`)
    .all();
}

export function listClosedHandoffs(db: Queryable, queues: string[] | null, agentId: string | null): HandoffRow[] {
  return db
    .select()
    .from(handoffs)
    .where(
      and(
        isNotNull(handoffs.endedAt),
        queues === null ? undefined : inArray(handoffs.queue, queues),
        agentId === null ? undefined : eq(handoffs.agentId, agentId),
      ),
    )
    .orderBy(desc(handoffs.endedAt))
    .limit(100)
    .all();
}

/** Queued handoffs whose wait ran out by `now`. */
export function dueHandoffs(db: Queryable, now: Date): { id: string; conversationId: string; runtimeId: string }[] {
  return db
    .select({ id: handoffs.id, conversationId: handoffs.conversationId, runtimeId: handoffs.runtimeId })
    .from(handoffs)
    .where(and(eq(handoffs.status, "queued"), lte(handoffs.waitDeadline, now)))
    .all();
}

/** The earliest wait deadline still pending (ms), or null. */
export function nextDeadline(db: Queryable): number | null {
  const row = db
    .select({ at: sql<number | null>`min(${handoffs.waitDeadline})` })
    .from(handoffs)
    .where(and(eq(handoffs.status, "queued"), isNotNull(handoffs.waitDeadline)))
    .get();
  return row?.at ?? null;
}

export function flowIdOf(db: Queryable, conversationId: string): string {
  return db.select({ flowId: conversations.flowId }).from(conversations).where(eq(conversations.id, conversationId)).get()?.flowId ?? "";
}

/** The desk's view of a handoff row. */
export function toDeskHandoff(row: HandoffRow, extra: { flowId: string; position: number | null; now: number }): DeskHandoff {
  const since = row.requestedAt.getTime();
  const until = row.assignedAt?.getTime() ?? row.endedAt?.getTime() ?? extra.now;
  return {
    id: row.id,
    conversationId: row.conversationId,
    flowId: extra.flowId,
    queue: row.queue,
    trigger: readTrigger(row.trigger),
    nodeId: row.nodeId,
    priority: readPriority(row.priority),
    status: readStatus(row.status),
    position: row.status === "queued" ? extra.position : null,
    requestedAt: row.requestedAt.toISOString(),
    assignedAt: row.assignedAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    waitDeadline: row.waitDeadline?.toISOString() ?? null,
    waitingSec: Math.max(0, Math.round((until - since) / 1000)),
    agent: row.agentId ? { id: row.agentId, name: row.agentName ?? "" } : null,
    summary: row.summary,
    lastUserMessage: row.lastUserMessage,
    note: row.note,
  };
}

const TRIGGERS: readonly HandoffTrigger[] = ["explicit", "user_request", "no_match", "error", "frustration"];
const STATUSES: readonly LiveHandoffStatus[] = ["queued", "assigned", "resolved", "handed_back", "timed_out", "unavailable", "abandoned"];

function readTrigger(value: string): HandoffTrigger {
  return TRIGGERS.find((trigger) => trigger === value) ?? "explicit";
}
function readStatus(value: string): LiveHandoffStatus {
  return STATUSES.find((status) => status === value) ?? "queued";
}
export function readPriority(value: string): Priority {
  return value === "low" || value === "high" || value === "urgent" ? value : "normal";
}
