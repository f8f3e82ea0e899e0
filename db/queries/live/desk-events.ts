import { asc, gt, sql } from "drizzle-orm";
import type { Db, Queryable } from "../../open";
import { preparedPer } from "../prepared";
import { deskEvents } from "../../live-schema";

export interface DeskEventRow {
  id: number;
  queue: string | null;
  agentId: string | null;
  /** JSON object without its id (see `withEventId`). */
  payload: string;
}

/** Stores a desk event and returns it with its id (the SSE `id:`). */
const statements = preparedPer((db: Db) => ({
  insert: db
    .insert(deskEvents)
    .values({ type: sql.placeholder("type"), queue: sql.placeholder("queue"), agentId: sql.placeholder("agentId"), payload: sql.placeholder("payload") })
    .returning({ id: deskEvents.id })
    .prepare(),
}));

export function insertDeskEvent(db: Db, input: { type: string; queue: string | null; agentId: string | null; body: object }): DeskEventRow {
  const payload = JSON.stringify({ type: input.type, ...input.body });
  const row = statements(db).insert.get({ type: input.type, queue: input.queue, agentId: input.agentId, payload });
  if (!row) throw new Error("inserting a desk event returned no id");
  return { id: row.id, queue: input.queue, agentId: input.agentId, payload };
}

export function deskEventsAfter(db: Queryable, id: number): DeskEventRow[] {
  return db
    .select({ id: deskEvents.id, queue: deskEvents.queue, agentId: deskEvents.agentId, payload: deskEvents.payload })
    .from(deskEvents)
    .where(gt(deskEvents.id, id))
    .orderBy(asc(deskEvents.id))
    .limit(5000)
    .all();
}

/** `{"type":…}` → `{"id":7,"type":…}`: stored payloads leave the id out so it is written once. */
export function withEventId(id: number, payload: string): string {
  return `{"id":${id},${payload.slice(1)}`;
}

export function lastDeskEventId(db: Queryable): number {
  return db.select({ id: sql<number | null>`max(${deskEvents.id})` }).from(deskEvents).get()?.id ?? 0;
}
