import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { users } from "@/db/auth-schema";
import { getDb } from "@/db/client";
import { saveAgent, setPresence } from "@/db/queries/live/agents";
import { seedLiveDemo } from "@/db/queries/live/seed";
import { createWebhook, listDeliveries } from "@/db/queries/live/webhooks";
import { sendNotification } from "@/lib/handoff/webhook-sender";
import { sendToConversation, startConversation } from "@/lib/live/conversation-service";
import type { LiveContext } from "@/lib/live/context";
import { createClock, createDemoFlow, installLiveContext } from "../live/harness";

const SECRET = "whsec_0123456789abcdef";

interface Received {
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** A real HTTP receiver on 127.0.0.1 answering with `status()`; records every request. */
function receiver(status: () => number) {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ body: Buffer.concat(chunks).toString("utf8"), headers: request.headers });
      response.writeHead(status(), { "content-type": "application/json" }).end("{}");
    });
  });
  const url = () => {
    const address = server.address();
    if (typeof address !== "object" || address === null) throw new Error("not listening");
    return `http://127.0.0.1:${address.port}/hook`;
  };
  return {
    received,
    server,
    url,
    /** Starts listening (once) and returns the URL. */
    async listen(): Promise<string> {
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return url();
    },
  };
}

/** What a receiver does to trust a delivery: recompute the HMAC of the raw body. */
function verify(secret: string, body: string, header: string | string[] | undefined): boolean {
  if (typeof header !== "string" || !header.startsWith("sha256=")) return false;
  const expected = Buffer.from(createHmac("sha256", secret).update(body).digest("hex"));
  const given = Buffer.from(header.slice("sha256=".length));
  return expected.length === given.length && timingSafeEqual(expected, given);
}

let ctx: LiveContext;
const good = receiver(() => 200);
const failing = receiver(() => 503);

beforeAll(() => {
  // a fixed Monday morning: the demo queues keep office hours, so the wall clock would fail this after 17:00
  ctx = installLiveContext(createClock(), { retryDelaysMs: [10, 20] });
});

afterAll(() => {
  good.server.close();
  failing.server.close();
});

describe("outgoing webhooks", () => {
  it("signs the raw JSON body with HMAC-SHA256 of the webhook's secret, with event and timestamp headers", async () => {
    const url = await good.listen();
    const hook = createWebhook(getDb(), { url, secret: SECRET, events: ["ticket.created"], active: true });
    createWebhook(getDb(), { url, secret: SECRET, events: ["callback.scheduled"], active: true });
    await sendNotification(ctx, "ticket.created", { ticket: { reference: "T-ABCDEF" } });
    expect(good.received).toHaveLength(1);
    const [delivery] = good.received;
    expect(verify(SECRET, delivery?.body ?? "", delivery?.headers["x-baton-signature"])).toBe(true);
    expect(verify("another secret", delivery?.body ?? "", delivery?.headers["x-baton-signature"])).toBe(false);
    expect(delivery?.headers["x-baton-event"]).toBe("ticket.created");
    expect(Number(delivery?.headers["x-baton-timestamp"])).toBeGreaterThan(1_700_000_000);
    expect(JSON.parse(delivery?.body ?? "{}")).toMatchObject({ event: "ticket.created", data: { ticket: { reference: "T-ABCDEF" } } });
    expect(listDeliveries(getDb(), hook.id)).toMatchObject([{ attempt: 1, statusCode: 200, error: null, nextAttemptAt: null }]);
  });

  it("retries a failing receiver with backoff and logs every attempt, the last as failed", async () => {
    const hook = createWebhook(getDb(), { url: await failing.listen(), secret: SECRET, events: ["handoff.requested"], active: true });
    await sendNotification(ctx, "handoff.requested", { handoff: { id: "h" } });
    await vi.waitFor(() => expect(listDeliveries(getDb(), hook.id)).toHaveLength(3), { timeout: 3000, interval: 10 });
    expect(failing.received).toHaveLength(3);
    const log = listDeliveries(getDb(), hook.id).reverse();
    expect(log.map((entry) => [entry.attempt, entry.statusCode, entry.error])).toEqual([
      [1, 503, "HTTP 503"],
      [2, 503, "HTTP 503"],
      [3, 503, "HTTP 503"],
    ]);
    expect(log.map((entry) => entry.nextAttemptAt === null)).toEqual([true, true, true]);
    expect(log.every((entry) => entry.deliveredAt === null)).toBe(true);
    // the same body (and signature) every time, so receivers can deduplicate
    expect(new Set(failing.received.map((request) => request.body)).size).toBe(1);
  });

  it("refuses to call a private address that is not allow-listed (SSRF) and logs why", async () => {
    const hook = createWebhook(getDb(), { url: "http://10.0.0.1/hook", secret: SECRET, events: ["callback.scheduled"], active: true });
    ctx.webhooks.allowHosts = [];
    ctx.webhooks.retryDelaysMs = [];
    await sendNotification(ctx, "callback.scheduled", { callback: {} });
    ctx.webhooks.allowHosts = ["127.0.0.1"];
    expect(listDeliveries(getDb(), hook.id)[0]?.error).toMatch(/private or local address/);
  });
});

describe("webhooks from a live conversation", () => {
  it("sends handoff.requested with the context card when a user is queued", async () => {
    seedLiveDemo(getDb());
    getDb().insert(users).values({ id: "agent-w", name: "Wren", email: "wren@example.test", emailVerified: true }).run();
    saveAgent(getDb(), { userId: "agent-w", displayName: "Wren", queues: ["support"], maxConcurrent: 2 });
    setPresence(getDb(), "agent-w", "online", new Date(ctx.now()));
    const hook = createWebhook(getDb(), { url: await good.listen(), secret: SECRET, events: ["handoff.requested"], active: true });
    const { conversationId } = await startConversation(ctx, createDemoFlow());
    await sendToConversation(ctx, conversationId, { action: "talk_to_person" });
    await vi.waitFor(() => expect(listDeliveries(getDb(), hook.id)).toHaveLength(1), { timeout: 3000, interval: 10 });
    const body = JSON.parse(good.received.at(-1)?.body ?? "{}");
    expect(body).toMatchObject({ event: "handoff.requested", data: { handoff: { conversationId, trigger: "user_request", queue: "support" }, context: { trigger: "user_request" } } });
  });
});
