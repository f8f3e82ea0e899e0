import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listMessages } from "@/db/queries/live/conversations";
import { seedLiveDemo } from "@/db/queries/live/seed";
import { createLiveContext, setLiveContext } from "@/lib/live/context";
import { sendToConversation, startConversation } from "@/lib/live/conversation-service";
import { createClock, createDemoFlow, installLiveContext, type Clock } from "./harness";

let clock: Clock;
let flowId = "";

beforeAll(() => {
  clock = createClock();
  installLiveContext(clock);
  seedLiveDemo(getDb());
  flowId = createDemoFlow();
});

function conversationStatus(conversationId: string): unknown {
  const row = getDb().$client.prepare("select status from conversations where id = ?").get(conversationId);
  return typeof row === "object" && row !== null && "status" in row ? row.status : null;
}

describe("a server that stops while a Webhook node is calling out", () => {
  it("does not leave the conversation waiting forever: the next turn takes the Webhook's error path", async () => {
    // the order lookup never answers: the process is about to die mid-request
    let called = 0;
    const hanging = createLiveContext({ db: getDb(), now: () => clock.now, autoSchedule: false, callWebhook: () => (called++, new Promise(() => undefined)) });
    setLiveContext(hanging);
    const { conversationId } = await startConversation(hanging, flowId);
    await sendToConversation(hanging, conversationId, { text: "where is my order" });
    void sendToConversation(hanging, conversationId, { text: "12345" });
    await expect.poll(() => called).toBe(1);
    expect(conversationStatus(conversationId)).toBe("waiting_effect");
    const before = listMessages(getDb(), conversationId).length;

    // restart: a new database handle and live context, nothing in memory survives
    getDb().$client.close();
    Reflect.deleteProperty(globalThis, "__batonDb");
    setLiveContext(undefined);
    const ctx = installLiveContext(clock);

    const answer = await sendToConversation(ctx, conversationId, { text: "hello? anyone?" });
    expect(conversationStatus(conversationId)).not.toBe("waiting_effect");
    expect(answer.messages.length).toBeGreaterThan(0);
    const events = getDb().$client.prepare("select type, trigger from analytics_events where conversation_id = ? and type = 'handoff_triggered'").all(conversationId);
    expect(events).toEqual([expect.objectContaining({ trigger: "error" })]);
    expect(listMessages(getDb(), conversationId).length).toBeGreaterThan(before);
  });
});
