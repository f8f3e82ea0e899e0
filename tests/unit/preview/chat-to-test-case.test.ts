import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conversationTestCaseSchema } from "@/lib/flow/test-case";
import { chatToTestCase, exactText } from "@/lib/preview/chat-to-test-case";
import { defaultPreviewWorld } from "@/lib/preview/preview-world";
import { readTestCase, runTestCase } from "@/lib/runtime";
import { acmeBundle, acmeDocument, acmeSession, chatTexts } from "./acme";

describe("chat → test case", () => {
  it("saves an offline talk-to-a-person chat that replays green and is valid runtime test-case JSON", async () => {
    const world = { ...defaultPreviewWorld(), queues: { support: { agents: "offline" as const, hours: "open" as const } } };
    const session = await acmeSession(world);
    await session.talkToPerson();
    await session.pickQuickReply({ label: "Email me" });
    await session.send("lee@example.org");
    await session.send("My parcel is lost");
    expect(chatTexts(session).join("\n")).toMatch(/Ticket reference: T-1001/);

    const testCase = session.testCase("Offline → ticket");
    expect(testCase.world).toEqual({ queues: { support: { agents: "offline" } }, webhooks: [{ match: "https://api.acme.test/orders/*", json: {} }] });
    expect(testCase.steps).toContainEqual({ action: "talk_to_person" });
    expect(testCase.steps).toContainEqual({ quickReply: "Email me" });
    expect(testCase.steps).toContainEqual({ expect: { handoff: { trigger: "user_request", queue: "support", outcome: "unavailable" }, status: "waiting_input" } });
    expect(testCase.steps).toContainEqual({ expect: { ticket: true, status: "ended", node: "goodbye" } });
    // the stored JSON is exactly the runtime's format: both the zod contract and the runtime's reader accept it
    expect(conversationTestCaseSchema.safeParse(JSON.parse(JSON.stringify(testCase))).success).toBe(true);
    expect("testCase" in readTestCase(JSON.parse(JSON.stringify(testCase)))).toBe(true);

    const result = await runTestCase(acmeBundle(), JSON.parse(JSON.stringify(testCase)));
    expect(result.failures).toEqual([]);
    expect(result.pass).toBe(true);
  });

  it("records the agent role-play (accept, reply, hand back) so the replay follows handed_back", async () => {
    const session = await acmeSession();
    await session.send("I want a refund");
    await session.agentAccept("Sam");
    await session.agentReply("Which order is it?");
    await session.send("Order 555");
    await session.agentHandBack("Refund issued");
    expect(chatTexts(session)).toContain("bot: You're back with the Acme assistant. Note from our team: Refund issued");
    const testCase = session.testCase("Refund handed back");
    expect(testCase.steps).toContainEqual({ agent: { accept: "Sam" } });
    expect(testCase.steps).toContainEqual({ agent: { hand_back: "Refund issued" } });
    const result = await runTestCase(acmeBundle(), testCase);
    expect(result.failures).toEqual([]);
  });

  it("fails the saved case with a readable difference once a message changes, and passes again when fixed", async () => {
    const session = await acmeSession();
    await session.send("what are your opening hours");
    const testCase = session.testCase("Opening hours");

    const broken = acmeDocument();
    const hours = broken.nodes.find((node) => node.id === "hours_msg");
    if (hours?.kind !== "message") throw new Error("fixture changed");
    hours.config = { ...hours.config, text: "We never close." };
    const failed = await runTestCase(acmeBundle(broken), testCase);
    expect(failed.pass).toBe(false);
    expect(failed.failures[0]).toMatchObject({
      expected: 'bot says "We\'re open Monday to Friday, 9:00 to 17:00 (UK time)."',
      actual: expect.stringContaining('"We never close."'),
    });
    expect((await runTestCase(acmeBundle(), testCase)).pass).toBe(true);
  });

  it("keeps a message that looks like a /regex/ an exact match", async () => {
    const text = "/help/ is the command";
    expect(exactText("plain text")).toBe("plain text");
    const pattern = exactText("/help/");
    expect(pattern).not.toBe("/help/");
    const testCase = chatToTestCase({ name: "x", world: {}, turns: [{ step: null, outputs: [{ type: "message", from: "bot", text }], after: { status: "ended", nodeId: null, handoff: null } }] });
    expect(testCase.steps[0]).toEqual({ expect: { bot: text } });
  });

  it("round-trips any chat: whatever the tester does, the saved case replays green", async () => {
    const bundle = acmeBundle();
    const action = fc.oneof(
      fc.constantFrom("where is my order", "12345", "I want a refund", "opening hours", "my parcel is broken", "no thanks", "purple monkey", "Email me", "Call me back", "lee@example.org", "+44 20 7946 0000").map((text) => ({ kind: "user" as const, text })),
      fc.constant({ kind: "talk" as const }),
      fc.constant({ kind: "quick" as const }),
      fc.constantFrom("accept", "reply", "resolve", "hand_back", "timeout").map((agent) => ({ kind: "agent" as const, agent })),
    );
    const agentsArb = fc.constantFrom("online" as const, "offline" as const, "busy" as const);
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 8 }), agentsArb, fc.constantFrom("success" as const, "error" as const, "timeout" as const), async (actions, agents, webhook) => {
        const world = { ...defaultPreviewWorld(), queues: { support: { agents, hours: "open" as const }, billing: { agents, hours: "open" as const } }, webhooks: { lookup_order: { mode: webhook, status: 503, json: { status: "shipped", eta: "Friday" } } } };
        const session = await acmeSession(world, bundle);
        for (const next of actions) {
          const snapshot = session.getSnapshot();
          if (next.kind === "user") await session.send(next.text);
          else if (next.kind === "talk") await session.talkToPerson();
          else if (next.kind === "quick") {
            const reply = snapshot.quickReplies[0];
            if (reply) await session.pickQuickReply(reply);
          } else if (snapshot.handoff) {
            if (next.agent === "accept") await session.agentAccept("Robin");
            else if (next.agent === "reply") await session.agentReply("Hello from Robin");
            else if (next.agent === "resolve") await session.agentResolve("done");
            else if (next.agent === "hand_back") await session.agentHandBack("back to you");
            else await session.fastForward();
          }
        }
        const result = await runTestCase(bundle, JSON.parse(JSON.stringify(session.testCase("random chat"))));
        expect(result.failures).toEqual([]);
      }),
      { numRuns: 40, seed: 20261125 },
    );
  });
});
