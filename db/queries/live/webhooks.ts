import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, isNotNull, lte, sql } from "drizzle-orm";
import type { LiveWebhook, WebhookDelivery, WebhookEvent, WebhookInput } from "@/lib/api/live";
import { AppError } from "@/lib/errors";
import { readStringList } from "@/lib/handoff/queue-config";
import type { Db, Queryable } from "../../open";
import { preparedPer } from "../prepared";
import { webhookDeliveries, webhooks } from "../../live-schema";

export type WebhookRow = typeof webhooks.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

export const WEBHOOK_EVENTS: readonly WebhookEvent[] = [
  "handoff.requested", "handoff.assigned", "handoff.resolved", "handoff.handed_back", "ticket.created", "callback.scheduled",
];

export function listWebhookRows(db: Queryable): WebhookRow[] {
  return db.select().from(webhooks).orderBy(asc(webhooks.createdAt)).all();
}

export function getWebhookRow(db: Queryable, id: string): WebhookRow {
  const row = db.select().from(webhooks).where(eq(webhooks.id, id)).get();
  if (!row) throw new AppError("not_found", `No webhook with id "${id}".`, { id });
  return row;
}

/** Every handoff, ticket and callback asks which webhooks want to hear of it: prepared once. */
const allWebhooks = preparedPer((db) => db.select().from(webhooks).orderBy(asc(webhooks.createdAt)).prepare());

/** Active webhooks subscribed to `event`. */
export function webhooksFor(db: Db, event: WebhookEvent): WebhookRow[] {
  return allWebhooks(db).all().filter((row) => row.active && readStringList(row.events).includes(event));
}

export function createWebhook(db: Queryable, input: WebhookInput, now = new Date()): WebhookRow {
  return db
    .insert(webhooks)
    .values({ id: randomUUID(), url: input.url, secret: input.secret, events: JSON.stringify(input.events), active: input.active, createdAt: now, updatedAt: now })
    .returning()
    .get();
}

export function updateWebhook(db: Queryable, id: string, input: Omit<WebhookInput, "secret"> & { secret?: string }, now = new Date()): WebhookRow {
  const row = db
    .update(webhooks)
    .set({ url: input.url, events: JSON.stringify(input.events), active: input.active, updatedAt: now, ...(input.secret ? { secret: input.secret } : {}) })
    .where(eq(webhooks.id, id))
    .returning()
    .get();
  if (!row) throw new AppError("not_found", `No webhook with id "${id}".`, { id });
  return row;
}

export function deleteWebhook(db: Queryable, id: string): void {
  if (db.delete(webhooks).where(eq(webhooks.id, id)).run().changes === 0) throw new AppError("not_found", `No webhook with id "${id}".`, { id });
}

export function toLiveWebhook(row: WebhookRow): LiveWebhook {
  return {
    id: row.id,
    url: row.url,
    secretHint: `${row.secret.slice(0, 4)}${"•".repeat(8)}`,
    events: readStringList(row.events).flatMap((name) => WEBHOOK_EVENTS.filter((event) => event === name)),
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function insertDelivery(db: Queryable, row: typeof webhookDeliveries.$inferInsert): DeliveryRow {
  return db.insert(webhookDeliveries).values(row).returning().get();
}

/** Failed attempts whose retry is due: claimed by clearing `nextAttemptAt` (returns the claimed rows). */
export function claimDueRetries(db: Queryable, now: Date): DeliveryRow[] {
  const due = db.select().from(webhookDeliveries).where(and(isNotNull(webhookDeliveries.nextAttemptAt), lte(webhookDeliveries.nextAttemptAt, now))).all();
  return due.filter((row) => db.update(webhookDeliveries).set({ nextAttemptAt: null }).where(and(eq(webhookDeliveries.id, row.id), isNotNull(webhookDeliveries.nextAttemptAt))).run().changes === 1);
}

export function nextRetryAt(db: Queryable): number | null {
  return db.select({ at: sql<number | null>`min(${webhookDeliveries.nextAttemptAt})` }).from(webhookDeliveries).get()?.at ?? null;
}

export function listDeliveries(db: Queryable, webhookId: string): WebhookDelivery[] {
  return db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.webhookId, webhookId))
    .orderBy(desc(webhookDeliveries.id))
    .limit(200)
    .all()
    .map(toDelivery);
}

function toDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    webhookId: row.webhookId,
    event: WEBHOOK_EVENTS.find((event) => event === row.event) ?? "handoff.requested",
    payload: JSON.parse(row.payload),
    attempt: row.attempt,
    statusCode: row.statusCode,
    error: row.error,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
