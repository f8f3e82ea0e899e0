import { describe, expect, it } from "vitest";
import { createConversation, createSimulatedHost, type Effect, type Host } from "@/lib/runtime";
import { callbackSlots, isOpenAt } from "@/lib/runtime/hosts/business-hours";
import { matchesPattern } from "@/lib/runtime/hosts/simulated";
import { acmeBundle } from "./helpers";

describe("createConversation with the simulated host", () => {
  it("runs effects until the conversation waits, and the scripted agent hands back", async () => {
    const host = createSimulatedHost({ agent: { accept: true, name: "Sam", replies: ["Hello from billing"], then: "hand_back", note: "Refunded" } });
    const conversation = createConversation(acmeBundle(), host);
    await conversation.start();
    const turn = await conversation.send("I want a refund");
    expect(host.performed.map((effect) => effect.type)).toEqual(["check_availability", "enqueue_handoff"]);
    const said = turn.outputs.flatMap((output) => (output.type === "message" ? [`${output.from}: ${output.text}`] : []));
    expect(said).toEqual([
      "system: I'll pass you to our billing team. You are number 1 in line (about 1 minute).",
      "system: Sam from billing has joined the conversation.",
      "agent: Hello from billing",
      "bot: You're back with the Acme assistant. Note from our team: Refunded",
      "bot: Is there anything else I can help with?",
    ]);
    expect(conversation.state.status).toBe("waiting_input");
    expect(conversation.transcript.at(-1)?.at).toMatch(/^2026-01-05T10:00:\d\dZ$|^2026-01-05T10:00:\d\d\.000Z$/);
  });

  it("the tester plays the agent through the helpers; effects the host rejects count as failures", async () => {
    const failing: Host = {
      now: () => "2026-01-05T10:00:00.000Z",
      perform: async (effect: Effect) => {
        if (effect.type === "check_availability") return { ok: true, available: true };
        if (effect.type === "enqueue_handoff") return { ok: true, position: 3, estimatedWaitSec: 30 };
        throw new Error(`no ${effect.type}`);
      },
    };
    const conversation = createConversation(acmeBundle(), failing);
    await conversation.start();
    await conversation.send({ action: "talk_to_person" });
    expect(conversation.state.status).toBe("queued");
    await conversation.agentAccept("Lee");
    const reply = await conversation.agentReply("How can I help?");
    expect(reply.outputs[0]).toEqual({ type: "message", from: "agent", text: "How can I help?" });
    const relayed = await conversation.send("my parcel is late");
    expect(relayed.effects[0]?.type).toBe("deliver_to_agent"); // the host's throw is swallowed: a notification
    await conversation.agentResolve("sorted");
    expect(conversation.state.status).toBe("ended");
  });

  it("resumes from stored state in another conversation object", async () => {
    const first = createConversation(acmeBundle(), createSimulatedHost());
    await first.start();
    await first.send("where is my order");
    const second = createConversation(acmeBundle(), createSimulatedHost({ webhooks: [{ match: "/orders/42", json: { status: "packed", eta: "soon" } }] }), {
      state: JSON.parse(JSON.stringify(first.state)),
    });
    const turn = await second.send("42");
    expect(turn.outputs.some((output) => output.type === "message" && output.text === "Order 42 is packed; expected delivery: soon.")).toBe(true);
  });

  it("serialises concurrent sends in call order", async () => {
    const conversation = createConversation(acmeBundle(), createSimulatedHost());
    await conversation.start();
    const [a, b] = await Promise.all([conversation.send("what are your opening hours"), conversation.send("no thanks")]);
    expect(a.outputs.some((output) => output.type === "message" && /open Monday/.test(output.text))).toBe(true);
    expect(b.state.status).toBe("ended");
  });
});

describe("simulated world", () => {
  it("business hours and callback slots fall inside opening hours", () => {
    const friday1630 = Date.parse("2026-01-09T16:30:00Z");
    expect(isOpenAt({}, friday1630)).toBe(true);
    expect(isOpenAt({}, Date.parse("2026-01-10T12:00:00Z"))).toBe(false);
    expect(isOpenAt({ utcOffsetMinutes: 60 }, friday1630)).toBe(false);
    expect(callbackSlots(friday1630, {}, 2)).toEqual([
      { value: "2026-01-12T09:00:00.000Z", label: "Mon 12 Jan, 09:00" },
      { value: "2026-01-12T10:00:00.000Z", label: "Mon 12 Jan, 10:00" },
    ]);
  });

  it("queues answer by state, webhooks by pattern", async () => {
    const host = createSimulatedHost({ queues: { billing: { agents: "busy" }, "*": { agents: "online", open: false } }, webhooks: [{ match: "*/a/*", status: 201 }] });
    const check = (queue: string) => host.perform({ type: "check_availability", queue, id: "e1", nodeId: "n" }, JSON.parse("{}"));
    expect(await check("billing")).toEqual({ ok: true, available: false, reason: "busy" });
    expect(await check("support")).toEqual({ ok: true, available: false, reason: "closed" });
    const call = (url: string) => host.perform({ type: "call_webhook", url, method: "GET", headers: {}, body: "", timeoutMs: 100, id: "e2", nodeId: "n" }, JSON.parse("{}"));
    expect(await call("https://x.test/a/1")).toMatchObject({ ok: true, status: 201 });
    expect(await call("https://x.test/b/1")).toMatchObject({ status: 404 });
    expect(matchesPattern("/ORDERS\\/\\d+/i", "https://x/orders/12")).toBe(true);
    expect(matchesPattern("/(unclosed/", "x")).toBe(false);
  });
});
