import { describe, expect, it } from "vitest";
import { eventsFromTrace } from "@/lib/analytics/events-from-trace";
import { acmeBundle, ofType, runScript } from "./scripted";

const bundle = acmeBundle();
const pick = (events: Awaited<ReturnType<typeof runScript>>, type: Parameters<typeof ofType>[1]) =>
  ofType(events, type).map(({ nodeId, trigger, queue, outcome }) => ({ nodeId, trigger, queue, outcome }));

describe("eventsFromTrace on the runtime's traces", () => {
  it("counts a conversation start, the nodes it passes and its end", async () => {
    const events = await runScript(bundle, { says: ["when are you open", "no thanks"] });
    expect(ofType(events, "conversation_started")).toHaveLength(1);
    expect(ofType(events, "conversation_ended")).toHaveLength(1);
    expect(ofType(events, "node_entered").map((event) => event.nodeId)).toEqual(expect.arrayContaining(["start", "greet", "menu", "hours_msg", "goodbye"]));
    expect(ofType(events, "intent_matched").map((event) => event.intent)).toEqual(["opening_hours", "done"]);
    expect(ofType(events, "handoff_triggered")).toEqual([]);
  });

  it("explicit: the Handoff node itself, its queue, then queued → assigned → resolved", async () => {
    const events = await runScript(bundle, { world: { agent: { accept: true, name: "Sam", then: "resolve" } }, says: ["I want a refund"] });
    expect(pick(events, "handoff_triggered")).toEqual([{ nodeId: "refund_handoff", trigger: "explicit", queue: "billing", outcome: null }]);
    expect(ofType(events, "handoff_triggered")[0]?.intent).toBe("refund");
    expect(pick(events, "handoff_outcome").map((event) => event.outcome)).toEqual(["queued", "assigned", "resolved"]);
    expect(pick(events, "handoff_outcome").every((event) => event.nodeId === "refund_handoff" && event.trigger === "explicit")).toBe(true);
  });

  it("user_request: fires where the user was waiting, and an offline queue makes it unavailable → ticket", async () => {
    const events = await runScript(bundle, {
      world: { queues: { "*": { agents: "offline" } } },
      says: ["where is my order", "can I talk to a human please", "Email me", "lee@example.org", "my order is late"],
    });
    expect(pick(events, "handoff_triggered")).toEqual([{ nodeId: "ask_order", trigger: "user_request", queue: "support", outcome: null }]);
    expect(ofType(events, "handoff_triggered")[0]?.text).toBe("can I talk to a human please");
    expect(pick(events, "handoff_outcome").map((event) => event.outcome)).toEqual(["unavailable"]);
    expect(pick(events, "ticket_created")).toEqual([{ nodeId: "ticket", trigger: null, queue: null, outcome: null }]);
  });

  it("the Talk to a person action is a user_request too, and a callback can be scheduled", async () => {
    const events = await runScript(bundle, {
      world: { queues: { "*": { agents: "offline" } } },
      says: [{ action: "talk_to_person" }, { action: { quickReply: "Call me back" } }, "+44 20 7946 0000", { action: { quickReply: "Mon 5 Jan, 12:00" } }],
    });
    expect(pick(events, "handoff_triggered")).toEqual([{ nodeId: "menu", trigger: "user_request", queue: "support", outcome: null }]);
    expect(ofType(events, "callback_scheduled")).toHaveLength(1);
  });

  it("no_match: every miss with the user's words, fallback attempts, then the trigger at the intent node", async () => {
    const events = await runScript(bundle, {
      world: { agent: { accept: true, then: "wait" } },
      says: ["what's the weather like tomorrow", "what is the capital of France", "sing me a song"],
    });
    expect(ofType(events, "no_match").map((event) => [event.nodeId, event.text])).toEqual([
      ["menu", "what's the weather like tomorrow"],
      ["menu", "what is the capital of France"],
      ["menu", "sing me a song"],
    ]);
    expect(ofType(events, "fallback_attempt").map((event) => event.nodeId)).toEqual(["menu", "menu"]);
    expect(pick(events, "handoff_triggered")).toEqual([{ nodeId: "menu", trigger: "no_match", queue: "support", outcome: null }]);
    expect(ofType(events, "handoff_triggered")[0]?.text).toBe("sing me a song");
    expect(pick(events, "handoff_outcome").map((event) => event.outcome)).toEqual(["queued", "assigned"]);
  });

  it("error: a failed webhook counts at the webhook node, not at the error handler", async () => {
    const events = await runScript(bundle, {
      world: { queues: { support: { agents: "offline" } }, webhooks: [{ match: "/orders/", timeout: true }] },
      says: ["where is my order", "4242"],
    });
    expect(pick(events, "handoff_triggered")).toEqual([{ nodeId: "lookup_order", trigger: "error", queue: "support", outcome: null }]);
    expect(ofType(events, "input_understood").map((event) => event.nodeId)).toEqual(["ask_order"]);
  });

  it("frustration: repeated messages hand over from the node the user is stuck at", async () => {
    const events = await runScript(bundle, { world: { queues: { support: { agents: "busy" } } }, says: ["blah blah blah", "blah blah blah", "Blah, blah blah!"] });
    expect(pick(events, "handoff_triggered")).toEqual([{ nodeId: "menu", trigger: "frustration", queue: "support", outcome: null }]);
    expect(pick(events, "handoff_outcome").map((event) => event.outcome)).toEqual(["unavailable"]);
  });

  it("timed out and handed back are outcomes of the handoff that opened in an earlier step", async () => {
    const timedOut = await runScript(bundle, { world: { agent: { accept: false } }, says: ["I want a refund"] });
    expect(pick(timedOut, "handoff_outcome")).toEqual([
      { nodeId: "refund_handoff", trigger: "explicit", queue: "billing", outcome: "queued" },
      { nodeId: "refund_handoff", trigger: "explicit", queue: "billing", outcome: "timed_out" },
    ]);
    const back = await runScript(bundle, { world: { agent: { accept: true, then: "hand_back", note: "done" } }, says: ["I want a refund"] });
    expect(pick(back, "handoff_outcome").map((event) => event.outcome)).toEqual(["queued", "assigned", "handed_back"]);
  });

  it("a trigger ignored because a handoff is already open counts no second handoff", () => {
    const context = { flowId: "f", flowVersion: 1, conversationId: "c", channel: "live" as const, at: 5 };
    const events = eventsFromTrace(
      [
        { type: "trigger_fired", nodeId: "menu", trigger: "user_request", target: "support_handoff" },
        { type: "event_ignored", nodeId: "support_handoff", event: "handoff", reason: "handoff_open" },
      ],
      context,
    );
    expect(events).toEqual([]);
  });

  it("stamps every event with the flow, version, conversation, channel and the step's time", async () => {
    const events = await runScript(acmeBundle(7), { says: ["hello there"] }, "conv-9");
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.flowId === "acme" && event.flowVersion === 7 && event.conversationId === "conv-9" && event.channel === "live")).toBe(true);
    expect(events.every((event) => Number.isFinite(event.at) && event.at > Date.parse("2026-01-01"))).toBe(true);
  });
});
