import { randomUUID } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import type { QueueInput } from "@/lib/api/live";
import { AppError } from "@/lib/errors";
import { alwaysOpen, readHours, readStringList } from "@/lib/handoff/queue-config";
import type { QueueCalendar } from "@/lib/handoff/business-hours";
import type { Db, Queryable } from "../../open";
import { preparedPer } from "../prepared";
import { queues } from "../../live-schema";

export type QueueRow = typeof queues.$inferSelect;

/** A queue's settings as the host uses them. Unconfigured queues are open 24/7 with defaults. */
export interface QueueSettings extends QueueCalendar {
  name: string;
  waitTimeoutSec: number;
  capacity: number;
  configured: boolean;
}

export function listQueueRows(db: Queryable): QueueRow[] {
  return db.select().from(queues).orderBy(asc(queues.name)).all();
}

const statements = preparedPer((db: Db) => ({
  byName: db.select().from(queues).where(eq(queues.name, sql.placeholder("name"))).prepare(),
}));

export function queueSettings(db: Db, name: string): QueueSettings {
  const row = statements(db).byName.get({ name });
  if (!row) return { name, hours: alwaysOpen(), timeZone: "UTC", holidays: [], waitTimeoutSec: 0, capacity: 50, configured: false };
  return toSettings(row);
}

export function toSettings(row: QueueRow): QueueSettings {
  return {
    name: row.name,
    hours: readHours(row.hours),
    timeZone: row.timeZone,
    holidays: readStringList(row.holidays),
    waitTimeoutSec: row.waitTimeoutSec,
    capacity: row.capacity,
    configured: true,
  };
}

export function createQueue(db: Queryable, input: QueueInput, now = new Date()): QueueRow {
  if (db.select({ id: queues.id }).from(queues).where(eq(queues.name, input.name)).get()) {
    throw new AppError("conflict", `A queue named "${input.name}" already exists.`, { name: input.name });
  }
  return db
    .insert(queues)
    .values({ id: randomUUID(), ...serialize(input), createdAt: now, updatedAt: now })
    .returning()
    .get();
}

export function updateQueue(db: Queryable, id: string, input: QueueInput, now = new Date()): QueueRow {
  const clash = db.select({ id: queues.id }).from(queues).where(eq(queues.name, input.name)).get();
  if (clash && clash.id !== id) throw new AppError("conflict", `A queue named "${input.name}" already exists.`, { name: input.name });
  const row = db.update(queues).set({ ...serialize(input), updatedAt: now }).where(eq(queues.id, id)).returning().get();
  if (!row) throw new AppError("not_found", `No queue with id "${id}".`, { id });
  return row;
}

export function deleteQueue(db: Queryable, id: string): void {
  const result = db.delete(queues).where(eq(queues.id, id)).run();
  if (result.changes === 0) throw new AppError("not_found", `No queue with id "${id}".`, { id });
}

function serialize(input: QueueInput) {
  return {
    name: input.name,
    hours: JSON.stringify(input.hours),
    timeZone: input.timeZone,
    holidays: JSON.stringify(input.holidays),
    waitTimeoutSec: input.waitTimeoutSec,
    capacity: input.capacity,
  };
}
