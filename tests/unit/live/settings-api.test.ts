import { beforeAll, describe, expect, it } from "vitest";
import { GET as listAgents, POST as saveAgent } from "@/app/api/settings/agents/route";
import { DELETE as deleteAgent } from "@/app/api/settings/agents/[id]/route";
import { GET as listQueues, POST as createQueue } from "@/app/api/settings/queues/route";
import { DELETE as deleteQueue, PUT as updateQueue } from "@/app/api/settings/queues/[id]/route";
import { GET as listWebhooks, POST as createWebhook } from "@/app/api/settings/webhooks/route";
import { PUT as updateWebhook } from "@/app/api/settings/webhooks/[id]/route";
import { GET as deliveries } from "@/app/api/settings/webhooks/[id]/deliveries/route";
import type { LiveAgent, LiveQueue, LiveWebhook, WebhookDelivery } from "@/lib/api/live";
import { officeHours } from "@/lib/handoff/queue-config";
import { createClock, installLiveContext } from "./harness";
import { call, makeUsers } from "./http";

let admin = "";
let agent = { id: "", cookie: "" };
const none = {};

beforeAll(async () => {
  installLiveContext(createClock());
  const made = await makeUsers([{ email: "kim@example.test", name: "Kim", role: "agent" }]);
  admin = made.admin;
  agent = made.users["kim@example.test"] ?? agent;
});

describe("live settings API (admin)", () => {
  it("creates, lists, updates and deletes queues, refusing bad hours, zones and duplicate names", async () => {
    const input = { name: "sales", hours: officeHours(), timeZone: "America/New_York", holidays: ["2026-07-04"], waitTimeoutSec: 90, capacity: 10 };
    const created = await call<{ queue: LiveQueue }, typeof none>(createQueue, { params: none, cookie: admin, body: input });
    expect(created.status).toBe(201);
    expect(created.body.queue).toMatchObject({ ...input, live: { open: false, agentsAvailable: 0, waiting: 0 } });
    expect((await call(createQueue, { params: none, cookie: admin, body: input })).status).toBe(409);
    expect((await call(createQueue, { params: none, cookie: admin, body: { ...input, name: "x", timeZone: "Nowhere/City" } })).status).toBe(422);
    expect((await call(createQueue, { params: none, cookie: agent.cookie, body: { ...input, name: "y" } })).status).toBe(403);
    const listed = await call<{ queues: LiveQueue[] }, typeof none>(listQueues, { params: none, cookie: agent.cookie });
    expect(listed.body.queues.map((queue) => queue.name)).toContain("sales");
    const id = created.body.queue.id;
    const updated = await call<{ queue: LiveQueue }, { id: string }>(updateQueue, { method: "PUT", params: { id }, cookie: admin, body: { ...input, capacity: 3 } });
    expect(updated.body.queue.capacity).toBe(3);
    expect((await call(deleteQueue, { method: "DELETE", params: { id }, cookie: admin })).status).toBe(200);
    expect((await call(deleteQueue, { method: "DELETE", params: { id }, cookie: admin })).status).toBe(404);
  });

  it("sets up an agent for an existing user and removes the profile", async () => {
    const saved = await call<{ agent: LiveAgent }, typeof none>(saveAgent, { params: none, cookie: admin, body: { userId: agent.id, displayName: "Kim", queues: ["support"], maxConcurrent: 2 } });
    expect(saved.body.agent).toMatchObject({ userId: agent.id, email: "kim@example.test", presence: "offline", maxConcurrent: 2, activeChats: 0 });
    expect((await call(saveAgent, { params: none, cookie: admin, body: { userId: "nobody", displayName: "X", queues: [], maxConcurrent: 1 } })).status).toBe(404);
    const listed = await call<{ agents: LiveAgent[] }, typeof none>(listAgents, { params: none, cookie: admin });
    expect(listed.body.agents.map((entry) => entry.displayName)).toEqual(["Kim"]);
    expect((await call(deleteAgent, { method: "DELETE", params: { id: agent.id }, cookie: admin })).status).toBe(200);
  });

  it("stores webhooks with a masked secret, keeps the secret on update without one, and shows the delivery log", async () => {
    const body = { url: "https://hooks.example.test/baton", secret: "s3cr3t-s3cr3t-s3cr3t", events: ["handoff.requested", "ticket.created"], active: true };
    const created = await call<{ webhook: LiveWebhook }, typeof none>(createWebhook, { params: none, cookie: admin, body });
    expect(created.status).toBe(201);
    expect(created.body.webhook.secretHint).toBe("s3cr••••••••");
    expect(JSON.stringify(created.body)).not.toContain(body.secret);
    expect((await call(createWebhook, { params: none, cookie: admin, body: { ...body, events: ["nope"] } })).status).toBe(422);
    expect((await call(createWebhook, { params: none, cookie: admin, body: { ...body, url: "ftp://x" } })).status).toBe(422);
    const id = created.body.webhook.id;
    const updated = await call<{ webhook: LiveWebhook }, { id: string }>(updateWebhook, { method: "PUT", params: { id }, cookie: admin, body: { url: body.url, events: ["ticket.created"], active: false } });
    expect(updated.body.webhook).toMatchObject({ events: ["ticket.created"], active: false, secretHint: "s3cr••••••••" });
    const list = await call<{ webhooks: LiveWebhook[] }, typeof none>(listWebhooks, { params: none, cookie: admin });
    expect(list.body.webhooks).toHaveLength(1);
    const log = await call<{ deliveries: WebhookDelivery[] }, { id: string }>(deliveries, { params: { id }, cookie: admin });
    expect(log.body.deliveries).toEqual([]);
    expect((await call(listWebhooks, { params: none, cookie: agent.cookie })).status).toBe(403);
  });
});
