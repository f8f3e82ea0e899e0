import { createHmac } from "node:crypto";
import { and, eq, isNotNull } from "drizzle-orm";
import { webhookDeliveries } from "@/db/live-schema";
import { getWebhookRow, insertDelivery, webhooksFor, type DeliveryRow, type WebhookRow } from "@/db/queries/live/webhooks";
import type { WebhookEvent } from "@/lib/api/live";
import { AppError } from "@/lib/errors";
import { safeFetch } from "@/lib/server/safe-fetch";
import type { LiveContext } from "@/lib/live/context";

/** `sha256=<hex HMAC-SHA256 of the raw body>`: what receivers recompute to trust a delivery. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/**
 * Sends `event` to every active webhook subscribed to it: a JSON body `{ event, sentAt, data }`,
 * signed in `X-Baton-Signature`, with `X-Baton-Timestamp` (unix seconds) and `X-Baton-Event`.
 * Failures are retried after `retryDelaysMs` (1 s, 4 s, 16 s by default); every attempt is logged
 * in webhook_deliveries. Never throws: the conversation does not wait for it.
 */
export async function sendNotification(ctx: LiveContext, event: WebhookEvent, data: object): Promise<void> {
  try {
    const hooks = webhooksFor(ctx.db, event);
    if (hooks.length === 0) return;
    const body = JSON.stringify({ event, sentAt: new Date(ctx.now()).toISOString(), data });
    await Promise.all(hooks.map((hook) => attempt(ctx, hook, event, body, 1)));
  } catch (error) {
    console.error("webhook notification failed", error);
  }
}

/** Retries a logged failed attempt (claimed by the caller), e.g. after a restart. */
export async function retryDelivery(ctx: LiveContext, delivery: DeliveryRow): Promise<void> {
  let hook: WebhookRow;
  try {
    hook = getWebhookRow(ctx.db, delivery.webhookId);
  } catch (error) {
    if (error instanceof AppError) return;
    throw error;
  }
  if (!hook.active) return;
  const event = delivery.event === "handoff.requested" || delivery.event === "handoff.assigned" || delivery.event === "handoff.resolved" ||
    delivery.event === "handoff.handed_back" || delivery.event === "ticket.created" || delivery.event === "callback.scheduled" ? delivery.event : null;
  if (event) await attempt(ctx, hook, event, delivery.payload, delivery.attempt + 1);
}

async function attempt(ctx: LiveContext, hook: WebhookRow, event: WebhookEvent, body: string, number: number): Promise<void> {
  const headers = {
    "content-type": "application/json",
    "user-agent": "Baton-Webhooks/1",
    "x-baton-event": event,
    "x-baton-timestamp": String(Math.floor(ctx.now() / 1000)),
    "x-baton-signature": signBody(hook.secret, body),
  };
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const response = await safeFetch(hook.url, { method: "POST", headers, body, timeoutMs: ctx.webhooks.timeoutMs, ...(ctx.webhooks.allowHosts ? { allowHosts: ctx.webhooks.allowHosts } : {}) });
    statusCode = response.status;
    if (response.status < 200 || response.status >= 300) error = `HTTP ${response.status}`;
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  const now = ctx.now();
  const delay = error ? ctx.webhooks.retryDelaysMs[number - 1] : undefined;
  const row = insertDelivery(ctx.db, {
    webhookId: hook.id,
    event,
    payload: body,
    attempt: number,
    statusCode,
    error,
    nextAttemptAt: delay === undefined ? null : new Date(now + delay),
    deliveredAt: error ? null : new Date(now),
    createdAt: new Date(now),
  });
  if (delay === undefined) return;
  // retried here for precision; the scheduler picks it up instead if this process stops first
  const timer = setTimeout(() => {
    const claimed = ctx.db
      .update(webhookDeliveries)
      .set({ nextAttemptAt: null })
      .where(and(eq(webhookDeliveries.id, row.id), isNotNull(webhookDeliveries.nextAttemptAt)))
      .run().changes === 1;
    if (claimed) void attempt(ctx, hook, event, body, number + 1);
  }, delay);
  timer.unref?.();
}
