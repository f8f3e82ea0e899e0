import { beforeAll, describe, expect, it, vi } from "vitest";
import { users } from "@/db/auth-schema";
import { getDb } from "@/db/client";
import { saveAgent, setPresence } from "@/db/queries/live/agents";
import { seedLiveDemo } from "@/db/queries/live/seed";
import { readConversation, sendToConversation, startConversation } from "@/lib/live/conversation-service";
import type { LiveContext } from "@/lib/live/context";
import { acceptHandoff } from "@/lib/live/desk-actions";
import { createClock, createDemoFlow, installLiveContext } from "./harness";

const AGENT = { id: "agent-q", name: "Quinn", queues: null, admin: true };
let ctx: LiveContext;
let flowId = "";

beforeAll(() => {
  const clock = createClock();
  ctx = installLiveContext(clock);
  seedLiveDemo(getDb());
  getDb().insert(users).values({ id: AGENT.id, name: "Quinn", email: "quinn@example.test", emailVerified: true }).run();
  saveAgent(getDb(), { userId: AGENT.id, displayName: "Quinn", queues: ["support"], maxConcurrent: 1 });
  setPresence(getDb(), AGENT.id, "online", new Date(clock.now));
  flowId = createDemoFlow();
});

async function queued() {
  const { conversationId } = await startConversation(ctx, flowId);
  const turn = await sendToConversation(ctx, conversationId, { action: "talk_to_person" });
  return { conversationId, position: turn.status.position };
}

describe("places in line", () => {
  it("tells later users their place, and moves them up when someone ahead is taken", async () => {
    const first = await queued();
    const second = await queued();
    const third = await queued();
    expect([first.position, second.position, third.position]).toEqual([1, 2, 3]);
    const row = getDb().$client.prepare("select id from handoffs where conversation_id = ?").get(first.conversationId);
    const handoffId = typeof row === "object" && row !== null && "id" in row ? String(row.id) : "";
    await acceptHandoff(ctx, AGENT, handoffId);
    await vi.waitFor(() => {
      expect(readConversation(ctx, second.conversationId).status.position).toBe(1);
      expect(readConversation(ctx, third.conversationId).status.position).toBe(2);
    });
  });
});
