import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listMessages } from "@/db/queries/live/conversations";
import { saveAgent } from "@/db/queries/live/agents";
import { seedLiveDemo } from "@/db/queries/live/seed";
import { users } from "@/db/auth-schema";
import { setPresence } from "@/db/queries/live/agents";
import { acceptHandoff, sendAgentMessage } from "@/lib/live/desk-actions";
import { sendToConversation, startConversation } from "@/lib/live/conversation-service";
import { setLiveContext } from "@/lib/live/context";
import { createClock, createDemoFlow, installLiveContext, type Clock } from "./harness";

const AGENT = { id: "agent-1", name: "Robin", queues: null, admin: true };
let clock: Clock;
let flowId = "";

/** What a crash and restart loses: the database handle, every in-memory cache, the timers. */
function restart() {
  getDb().$client.close();
  Reflect.deleteProperty(globalThis, "__batonDb");
  setLiveContext(undefined);
  return installLiveContext(clock);
}

function goOnline() {
  setPresence(getDb(), AGENT.id, "online", new Date(clock.now));
}

beforeAll(() => {
  clock = createClock();
  installLiveContext(clock);
  seedLiveDemo(getDb());
  getDb().insert(users).values({ id: AGENT.id, name: "Robin", email: "robin@example.test", emailVerified: true }).run();
  saveAgent(getDb(), { userId: AGENT.id, displayName: "Robin", queues: ["support"], maxConcurrent: 3 });
  flowId = createDemoFlow();
});

describe("a server restart mid-conversation", () => {
  it("loses nothing: the conversation, its handoff and every message continue after reopening", async () => {
    goOnline();
    let ctx = installLiveContext(clock);
    const { conversationId } = await startConversation(ctx, flowId);
    await sendToConversation(ctx, conversationId, { action: "talk_to_person" });
    const before = listMessages(getDb(), conversationId);

    ctx = restart();
    const handoff = getDb().$client.prepare("select id from handoffs where conversation_id = ? and status = 'queued'").get(conversationId);
    const handoffId = typeof handoff === "object" && handoff !== null && "id" in handoff ? String(handoff.id) : "";
    await acceptHandoff(ctx, AGENT, handoffId);
    await sendToConversation(ctx, conversationId, { text: "are you there?" });

    ctx = restart();
    await sendAgentMessage(ctx, AGENT, handoffId, "Yes, I'm here.");
    const after = listMessages(getDb(), conversationId);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.map((message) => message.seq)).toEqual(after.map((_, index) => index + 1));
    expect(after.slice(before.length).map((message) => [message.from, message.text])).toEqual([
      ["system", "Robin has joined the conversation."],
      ["user", "are you there?"],
      ["agent", "Yes, I'm here."],
    ]);
  });

  it("fires a wait timeout that fell due while the server was down as soon as it serves again", async () => {
    goOnline();
    let ctx = installLiveContext(clock);
    const { conversationId } = await startConversation(ctx, flowId);
    const queued = await sendToConversation(ctx, conversationId, { action: "talk_to_person" });
    expect(queued.status.state).toBe("queued");
    getDb().$client.close();
    Reflect.deleteProperty(globalThis, "__batonDb");
    setLiveContext(undefined);
    clock.advance(600);
    ctx = installLiveContext(clock);
    await ctx.scheduler.start();
    const messages = listMessages(getDb(), conversationId);
    expect(messages.at(-1)?.text).toBe("Would you like us to email you, or call you back?");
    const row = getDb().$client.prepare("select status, wait_deadline from handoffs where conversation_id = ?").get(conversationId);
    expect(row).toEqual({ status: "timed_out", wait_deadline: null });
  });
});
