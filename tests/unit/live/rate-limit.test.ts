import { beforeAll, describe, expect, it } from "vitest";
import { POST as sendRoute } from "@/app/api/chat/conversations/[id]/messages/route";
import { getDb } from "@/db/client";
import { seedLiveDemo } from "@/db/queries/live/seed";
import { createClock, createDemoFlow, installLiveContext } from "./harness";
import { startChat } from "./desk-harness";
import { call } from "./http";

let flowId = "";

beforeAll(() => {
  installLiveContext(createClock());
  seedLiveDemo(getDb());
  flowId = createDemoFlow();
});

describe("public chat rate limits", () => {
  it("answers 429 with Retry-After past 60 messages a minute in one conversation", async () => {
    const chat = await startChat(flowId);
    const texts = ["what are your opening hours?", "what time do you close"];
    for (let i = 0; i < 60; i++) await chat.send({ text: texts[i % 2] ?? "hi" });
    const token = chat.started.token;
    const limited = await call(sendRoute, { params: { id: chat.conversationId }, token, body: { text: "one more" } });
    expect(limited.status).toBe(429);
    expect(limited.body.error?.code).toBe("rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // another conversation from the same address is not held back by this one
    const other = await startChat(flowId);
    await other.send({ text: "what are your opening hours?" });
  });
});
