import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as callbacksRoute } from "@/app/api/desk/callbacks/route";
import { GET as deskEventsRoute } from "@/app/api/desk/events/route";
import { POST as handBackRoute } from "@/app/api/desk/handoffs/[id]/hand-back/route";
import { POST as agentMessageRoute } from "@/app/api/desk/handoffs/[id]/messages/route";
import { POST as resolveRoute } from "@/app/api/desk/handoffs/[id]/resolve/route";
import { POST as transferRoute } from "@/app/api/desk/handoffs/[id]/transfer/route";
import { GET as ticketsRoute } from "@/app/api/desk/tickets/route";
import { PATCH as ticketRoute } from "@/app/api/desk/tickets/[id]/route";
import { POST as saveAgentRoute } from "@/app/api/settings/agents/route";
import { getDb } from "@/db/client";
import { seedLiveDemo } from "@/db/queries/live/seed";
import type { ChatMessage, DeskHandoffDetail, LiveAgent, LiveCallback, LiveTicket } from "@/lib/api/live";
import type { LiveContext } from "@/lib/live/context";
import { createClock, createDemoFlow, installLiveContext, MONDAY_10AM, type Clock } from "./harness";
import { accept, deskDetail, deskList, setPresence, startChat } from "./desk-harness";
import { call, makeUsers, readSse, sseRequest } from "./http";

let flowId = "";
let clock: Clock;
let ctx: LiveContext;
let admin = "";
let alex = { id: "", cookie: "" };
let sam = { id: "", cookie: "" };
let dana = { id: "", cookie: "" };

beforeAll(async () => {
  clock = createClock();
  ctx = installLiveContext(clock);
  seedLiveDemo(getDb());
  flowId = createDemoFlow();
  const made = await makeUsers([
    { email: "alex@example.test", name: "Alex Smith", role: "agent" },
    { email: "sam@example.test", name: "Sam Jones", role: "agent" },
    { email: "dana@example.test", name: "Dana", role: "designer" },
  ]);
  admin = made.admin;
  const pick = (email: string) => {
    const user = made.users[email];
    if (!user) throw new Error(`${email} missing`);
    return user;
  };
  alex = pick("alex@example.test");
  sam = pick("sam@example.test");
  dana = pick("dana@example.test");
  for (const [user, name] of [[alex, "Alex"], [sam, "Sam"]] as const) {
    const saved = await call<{ agent: LiveAgent }, Record<string, never>>(saveAgentRoute, { params: {}, cookie: admin, body: { userId: user.id, displayName: name, queues: ["support", "billing"], maxConcurrent: 5 } });
    expect(saved.status).toBe(200);
  }
});

beforeEach(async () => {
  clock.now = MONDAY_10AM;
  await setPresence(alex.cookie, "online");
  await setPresence(sam.cookie, "online");
});

/** A user who asked for a person and waits in the support queue; returns the handoff id too. */
async function queuedUser() {
  const chat = await startChat(flowId);
  const asked = await chat.send({ action: "talk_to_person" });
  expect(asked.status).toMatchObject({ state: "queued", queue: "support" });
  const list = await deskList(alex.cookie);
  const handoff = list.handoffs.find((candidate) => candidate.conversationId === chat.conversationId);
  if (!handoff) throw new Error("handoff not listed");
  return { chat, handoffId: handoff.id, asked };
}

describe("desk: a whole handoff", () => {
  it("enqueues with transcript and context, relays both ways, hands back, and the bot continues", async () => {
    const chat = await startChat(flowId);
    const asked = await chat.send({ action: "talk_to_person" });
    expect(asked.messages.map((message) => message.from)).toEqual(["user", "system"]);
    expect(asked.messages[1]?.text).toMatch(/number 1 in line/);
    expect(asked.status).toMatchObject({ state: "queued", position: 1, queue: "support" });

    const list = await deskList(alex.cookie);
    const listed = list.handoffs.find((handoff) => handoff.conversationId === chat.conversationId);
    expect(listed).toMatchObject({ status: "queued", trigger: "user_request", queue: "support", priority: "normal", position: expect.any(Number) });
    expect(list.me).toMatchObject({ displayName: "Alex", presence: "online" });
    const id = listed?.id ?? "";
    const detail = await deskDetail(alex.cookie, id);
    expect(detail.body.handoff.context).toMatchObject({ trigger: "user_request", queue: "support", conversation: { userMessages: 1 } });
    expect(detail.body.handoff.messages.map((message) => message.text)).toContain("Talk to a person");

    const accepted = await accept(alex.cookie, id);
    expect(accepted.status).toBe(200);
    expect(accepted.body.handoff).toMatchObject({ status: "assigned", agent: { id: alex.id, name: "Alex" } });
    let seen = await chat.read();
    expect(seen.status).toMatchObject({ state: "with_agent", agentName: "Alex" });
    expect(seen.messages.at(-1)).toMatchObject({ from: "system", text: "Alex has joined the conversation." });

    const userLine = await chat.send({ text: "my parcel never arrived" });
    expect(userLine.messages).toHaveLength(1);
    const afterUser = await deskDetail(alex.cookie, id);
    expect(afterUser.body.handoff.messages.at(-1)).toMatchObject({ from: "user", text: "my parcel never arrived" });
    expect(afterUser.body.handoff.lastUserMessage).toBe("my parcel never arrived");

    const reply = await call<{ message: ChatMessage }, { id: string }>(agentMessageRoute, { params: { id }, cookie: alex.cookie, body: { text: "Sorry! Sending a new one today." } });
    expect(reply.body.message).toMatchObject({ from: "agent", agentName: "Alex", text: "Sorry! Sending a new one today." });
    seen = await chat.read();
    expect(seen.messages.at(-1)).toMatchObject({ from: "agent", text: "Sorry! Sending a new one today." });

    const notMine = await call(agentMessageRoute, { params: { id }, cookie: sam.cookie, body: { text: "hi" } });
    expect(notMine.status).toBe(403);

    const back = await call<{ handoff: DeskHandoffDetail }, { id: string }>(handBackRoute, { params: { id }, cookie: alex.cookie, body: { note: "replacement sent" } });
    expect(back.status).toBe(200);
    expect(back.body.handoff.status).toBe("handed_back");
    seen = await chat.read();
    const texts = seen.messages.map((message) => message.text);
    expect(texts).toContain("You're back with the Acme assistant. Note from our team: replacement sent");
    expect(texts.at(-1)).toBe("Is there anything else I can help with?");
    expect(seen.status).toEqual({ state: "bot", acceptsInput: true });
    const open = await deskList(alex.cookie);
    expect(open.handoffs.some((handoff) => handoff.id === id)).toBe(false);
    const closed = await deskList(alex.cookie, "?view=closed");
    expect(closed.handoffs.find((handoff) => handoff.id === id)).toMatchObject({ status: "handed_back", note: "replacement sent" });
  });

  it("lets exactly one of two concurrent accepts win; the other hears who took it", async () => {
    const { chat, handoffId } = await queuedUser();
    const [first, second] = await Promise.all([accept(alex.cookie, handoffId), accept(sam.cookie, handoffId)]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = first.status === 409 ? first : second;
    expect(loser.body.error?.message).toMatch(/^Already taken by (Alex|Sam)\.$/);
    const assigned = getDb().$client.prepare("select count(*) as n from handoffs where conversation_id = ? and status = 'assigned'").get(chat.conversationId);
    expect(assigned).toEqual({ n: 1 });
    const joined = (await chat.read()).messages.filter((message) => message.text.endsWith("has joined the conversation."));
    expect(joined).toHaveLength(1);
  });

  it("resolves a chat, and transfers another to billing where a billing agent can take it", async () => {
    const one = await queuedUser();
    await accept(alex.cookie, one.handoffId);
    const resolved = await call<{ handoff: DeskHandoffDetail }, { id: string }>(resolveRoute, { params: { id: one.handoffId }, cookie: alex.cookie, rawBody: "" });
    expect(resolved.body.handoff.status).toBe("resolved");

    const two = await queuedUser();
    await accept(alex.cookie, two.handoffId);
    const moved = await call<{ handoff: DeskHandoffDetail }, { id: string }>(transferRoute, { params: { id: two.handoffId }, cookie: alex.cookie, body: { queue: "billing", note: "refund" } });
    expect(moved.body.handoff).toMatchObject({ status: "queued", queue: "billing", agent: null });
    expect((await two.chat.read()).messages.at(-1)?.text).toContain("transferred to our billing team");
    const taken = await accept(sam.cookie, two.handoffId);
    expect(taken.body.handoff).toMatchObject({ status: "assigned", queue: "billing", agent: { name: "Sam" } });
    const seen = await two.chat.read();
    expect(seen.status).toMatchObject({ state: "with_agent", agentName: "Sam", queue: "billing" });
  });
});

describe("desk: when nobody can take the user", () => {
  it("agents offline → the unavailable port → a callback inside business hours, listed at the desk", async () => {
    await setPresence(alex.cookie, "offline");
    await setPresence(sam.cookie, "offline");
    const chat = await startChat(flowId);
    const asked = await chat.send({ action: "talk_to_person" });
    expect(asked.messages.map((message) => message.text)).toContain("Nobody from our support team is available right now.");
    await chat.send({ text: "Call me back" });
    const slots = await chat.send({ text: "+44 20 7946 0958" });
    const offered = slots.messages.at(-1)?.quickReplies ?? [];
    expect(offered.map((slot) => slot.label)).toEqual(["Mon 5 Jan, 11:00", "Mon 5 Jan, 12:00", "Mon 5 Jan, 13:00"]);
    const done = await chat.send({ action: { quickReply: offered[0]?.value ?? "" } });
    expect(done.references).toEqual([{ kind: "callback", reference: expect.stringMatching(/^CB-/), slotLabel: "Mon 5 Jan, 11:00" }]);
    const list = await call<{ callbacks: LiveCallback[] }, Record<string, never>>(callbacksRoute, { params: {}, cookie: alex.cookie });
    expect(list.body.callbacks.find((callback) => callback.conversationId === chat.conversationId)).toMatchObject({
      phone: "+442079460958", slotAt: "2026-01-05T11:00:00.000Z", status: "scheduled", reference: done.references[0]?.reference,
    });
  });

  it("after hours → a ticket with a reference, whose status the desk can change", async () => {
    clock.now = Date.parse("2026-01-10T12:00:00.000Z"); // a Saturday
    await setPresence(alex.cookie, "online");
    const chat = await startChat(flowId);
    await chat.send({ action: "talk_to_person" });
    await chat.send({ text: "Email me" });
    await chat.send({ text: "pat@example.test" });
    const done = await chat.send({ text: "My order arrived damaged" });
    const reference = done.references[0]?.reference ?? "";
    expect(reference).toMatch(/^T-[2-9A-Z]{6}$/);
    expect(done.messages.map((message) => message.text).join("\n")).toContain(reference);
    const tickets = await call<{ tickets: LiveTicket[] }, Record<string, never>>(ticketsRoute, { params: {}, cookie: alex.cookie });
    const ticket = tickets.body.tickets.find((candidate) => candidate.reference === reference);
    expect(ticket).toMatchObject({ email: "pat@example.test", description: "My order arrived damaged", status: "open", queue: "support" });
    const closed = await call<{ ticket: LiveTicket }, { id: string }>(ticketRoute, { method: "PATCH", params: { id: ticket?.id ?? "" }, cookie: alex.cookie, body: { status: "closed" } });
    expect(closed.body.ticket.status).toBe("closed");
  });

  it("the wait timeout fires from the database deadline → timed out, and the bot offers the alternatives", async () => {
    const { chat, handoffId } = await queuedUser();
    await ctx.scheduler.runDue();
    expect((await chat.read()).status.state).toBe("queued");
    clock.advance(121);
    await ctx.scheduler.runDue();
    const seen = await chat.read();
    expect(seen.status.state).toBe("bot");
    expect(seen.messages.slice(-2).map((message) => message.text)).toEqual([
      "Nobody from our support team is available right now.",
      "Would you like us to email you, or call you back?",
    ]);
    const detail = await deskDetail(alex.cookie, handoffId);
    expect(detail.body.handoff.status).toBe("timed_out");
    const late = await accept(alex.cookie, handoffId);
    expect(late.status).toBe(409);
  });

  it("refuses a second handoff while one is open", async () => {
    const { chat } = await queuedUser();
    const again = await chat.send({ action: "talk_to_person" });
    expect(again.messages.at(-1)?.text).toContain("already connected");
    const open = getDb().$client.prepare("select count(*) as n from handoffs where conversation_id = ?").get(chat.conversationId);
    expect(open).toEqual({ n: 1 });
    expect(() =>
      getDb()
        .$client.prepare("insert into handoffs (id, conversation_id, runtime_id, trigger, node_id, handoff_node_id, queue, priority, priority_rank, status, context, transcript, requested_at) select 'dup', conversation_id, 'h9', trigger, node_id, handoff_node_id, queue, priority, priority_rank, 'queued', context, transcript, requested_at from handoffs where conversation_id = ?")
        .run(chat.conversationId),
    ).toThrow(/UNIQUE/);
  });
});

describe("desk: access and live updates", () => {
  it("needs a signed-in agent: 401 without a session, 403 for a designer", async () => {
    expect((await deskList("")).error?.code).toBe("unauthorized");
    expect((await deskList(dana.cookie)).error?.code).toBe("forbidden");
  });

  it("streams new handoffs to agents and a reconnect with Last-Event-ID gets exactly what it missed", async () => {
    const stream = await deskEventsRoute(sseRequest("/api/desk/events", { cookie: alex.cookie }));
    const reading = readSse(stream, 1);
    const { handoffId } = await queuedUser();
    const [created] = await reading;
    expect(created?.data).toMatchObject({ type: "handoff.created", handoff: { id: handoffId, status: "queued" } });
    const lastId = created?.id ?? 0;

    await accept(sam.cookie, handoffId);
    const visible: unknown[] = getDb()
      .$client.prepare("select id from desk_events where id > ? and (agent_id is null or agent_id = ?) order by id")
      .all(lastId, alex.id);
    const resumed = await deskEventsRoute(sseRequest("/api/desk/events", { cookie: alex.cookie, lastEventId: lastId }));
    const missed = await readSse(resumed, visible.length, 1000);
    expect(missed.map((event) => ({ id: event.id }))).toEqual(visible);
    expect(missed.find((event) => event.data.type === "handoff.updated")?.data).toMatchObject({ handoff: { id: handoffId, status: "assigned" } });
    // once Sam has the chat, its messages go to Sam, not to Alex
    const sams: unknown[] = getDb().$client.prepare("select id from desk_events where id > ? and agent_id = ?").all(lastId, sam.id);
    expect(sams.length).toBeGreaterThan(0);
  });
});
