import { beforeAll, describe, expect, it } from "vitest";
import { POST as startRoute } from "@/app/api/chat/[flowId]/conversations/route";
import { GET as getRoute } from "@/app/api/chat/conversations/[id]/route";
import { POST as sendRoute } from "@/app/api/chat/conversations/[id]/messages/route";
import { GET as eventsRoute } from "@/app/api/chat/conversations/[id]/events/route";
import { getDb } from "@/db/client";
import { getFlow, updateFlow } from "@/db/queries/flows";
import { seedLiveDemo } from "@/db/queries/live/seed";
import { publishVersion } from "@/db/queries/versions";
import type { ChatConversationResponse, SendChatResponse, StartChatResponse } from "@/lib/api/live";
import { createClock, createDemoFlow, installLiveContext } from "./harness";
import { call, readSse, sseRequest } from "./http";

let flowId = "";

beforeAll(() => {
  installLiveContext(createClock());
  seedLiveDemo(getDb());
  flowId = createDemoFlow();
});

async function start(): Promise<StartChatResponse> {
  const answer = await call<StartChatResponse, { flowId: string }>(startRoute, { method: "POST", params: { flowId }, rawBody: "{}" });
  expect(answer.status).toBe(201);
  return answer.body;
}

function send(id: string, token: string, body: unknown) {
  return call<SendChatResponse, { id: string }>(sendRoute, { params: { id }, token, body });
}

describe("public chat API", () => {
  it("starts a conversation with a token, the greeting and a status that accepts input", async () => {
    const started = await start();
    expect(started.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(started.messages[0]).toMatchObject({ seq: 1, from: "bot", text: expect.stringContaining("Acme assistant") });
    expect(started.messages[0]?.quickReplies.map((reply) => reply.label)).toContain("Opening hours");
    expect(started.status).toEqual({ state: "bot", acceptsInput: true });
    const stored = getDb().$client.prepare("select token_hash from conversations where id = ?").get(started.conversationId);
    expect(JSON.stringify(stored)).not.toContain(started.token);
  });

  it("answers a message with the user's line first, then the bot's, numbered in order", async () => {
    const { conversationId, token } = await start();
    const answer = await send(conversationId, token, { text: "what are your opening hours?" });
    expect(answer.status).toBe(200);
    expect(answer.body.messages.map((message) => [message.seq, message.from])).toEqual([[2, "user"], [3, "bot"], [4, "bot"]]);
    expect(answer.body.messages[1]?.text).toContain("Monday to Friday");
    const quick = await send(conversationId, token, { action: { quickReply: "No thanks" } });
    expect(quick.body.messages[0]).toMatchObject({ from: "user", text: "No thanks" });
    const reloaded = await call<ChatConversationResponse, { id: string }>(getRoute, { params: { id: conversationId }, token });
    expect(reloaded.body.messages.map((message) => message.seq)).toEqual(reloaded.body.messages.map((_, index) => index + 1));
    expect(reloaded.body.lastEventId).toBeGreaterThan(0);
  });

  it("refuses a missing, wrong or another conversation's token with 401 and an unknown id with 404", async () => {
    const mine = await start();
    const other = await start();
    expect((await call(sendRoute, { params: { id: mine.conversationId }, body: { text: "hi" } })).status).toBe(401);
    expect((await send(mine.conversationId, "not-the-token", { text: "hi" })).status).toBe(401);
    const stolen = await send(mine.conversationId, other.token, { text: "hi" });
    expect(stolen.status).toBe(401);
    expect(stolen.body.error?.code).toBe("unauthorized");
    expect((await call(getRoute, { params: { id: mine.conversationId }, token: other.token })).status).toBe(401);
    expect((await send("00000000-0000-4000-8000-000000000000", mine.token, { text: "hi" })).status).toBe(404);
    expect((await call(startRoute, { method: "POST", params: { flowId: "no-such-flow" } })).status).toBe(404);
    const draft = await call(startRoute, { method: "POST", params: { flowId: createDemoFlow("Draft only", { publish: false }) } });
    expect(draft.status).toBe(404);
    expect(draft.body.error?.message).toContain("no published version");
  });

  it("refuses malformed JSON with 400 and a bad body with 422, storing nothing", async () => {
    const { conversationId, token } = await start();
    const malformed = await call(sendRoute, { params: { id: conversationId }, token, rawBody: "{ text: " });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error?.code).toBe("invalid_json");
    for (const body of [{}, { text: "   " }, { action: "dance" }, { text: "hi", action: "talk_to_person" }, { text: 42 }]) {
      const answer = await send(conversationId, token, body);
      expect(answer.status, JSON.stringify(body)).toBe(422);
      expect(answer.body.error?.code).toBe("validation_failed");
    }
    const reloaded = await call<ChatConversationResponse, { id: string }>(getRoute, { params: { id: conversationId }, token });
    expect(reloaded.body.messages).toHaveLength(1);
  });

  it("keeps a running conversation on its version when the flow is republished", async () => {
    const { conversationId, token } = await start();
    const flow = getFlow(getDb(), flowId);
    const edited = updateFlow(getDb(), flowId, {
      revision: flow.revision,
      document: { ...flow.document, nodes: flow.document.nodes.map((node) => (node.id === "hours_msg" && node.kind === "message" ? { ...node, config: { ...node.config, text: "Open 24/7 now!" } } : node)) },
    });
    publishVersion(getDb(), flowId, { revision: edited.revision, note: "v2", author: null });
    const old = await send(conversationId, token, { text: "what are your opening hours?" });
    expect(old.body.messages[1]?.text).toContain("Monday to Friday");
    const fresh = await start();
    const now = await send(fresh.conversationId, fresh.token, { text: "what are your opening hours?" });
    expect(now.body.messages[1]?.text).toBe("Open 24/7 now!");
  });

  it("says 409 once the conversation has ended", async () => {
    const { conversationId, token } = await start();
    const bye = await send(conversationId, token, { text: "that's all, goodbye" });
    expect(bye.body.status.state).toBe("ended");
    const after = await send(conversationId, token, { text: "hello?" });
    expect(after.status).toBe(409);
  });

  it("streams events over SSE and a reconnect with Last-Event-ID gets exactly the missed ones", async () => {
    const { conversationId, token, lastEventId } = await start();
    const path = `/api/chat/conversations/${conversationId}/events?token=${token}`;
    const first = await eventsRoute(sseRequest(path), { params: Promise.resolve({ id: conversationId }) });
    expect(first.headers.get("content-type")).toContain("text/event-stream");
    const replayed = await readSse(first, lastEventId);
    expect(replayed.map((event) => event.id)).toEqual(Array.from({ length: lastEventId }, (_, index) => index + 1));

    const missed = await send(conversationId, token, { text: "what are your opening hours?" });
    const resumed = await eventsRoute(sseRequest(path, { lastEventId }), { params: Promise.resolve({ id: conversationId }) });
    const events = await readSse(resumed, missed.body.lastEventId - lastEventId);
    expect(events.map((event) => event.id)).toEqual(Array.from({ length: missed.body.lastEventId - lastEventId }, (_, index) => lastEventId + index + 1));
    const texts = events.flatMap((event) => (event.data.type === "message" && typeof event.data.message === "object" && event.data.message !== null && "text" in event.data.message ? [event.data.message.text] : []));
    expect(texts).toEqual(missed.body.messages.map((message) => message.text));

    const live = await eventsRoute(sseRequest(path, { lastEventId: missed.body.lastEventId }), { params: Promise.resolve({ id: conversationId }) });
    const reading = readSse(live, 1);
    const next = await send(conversationId, token, { text: "no thanks" });
    const [pushed] = await reading;
    expect(pushed?.id).toBe(missed.body.lastEventId + 1);
    expect(next.status).toBe(200);
  });

  it("rejects an SSE request without the token", async () => {
    const { conversationId } = await start();
    const answer = await eventsRoute(sseRequest(`/api/chat/conversations/${conversationId}/events`), { params: Promise.resolve({ id: conversationId }) });
    expect(answer.status).toBe(401);
  });
});
