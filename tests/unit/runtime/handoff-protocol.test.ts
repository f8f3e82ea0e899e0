import { describe, expect, it } from "vitest";
import { AT, flow, Runner } from "./helpers";

/** start → question → (answered) end; support handoff with ticket/callback on unavailable. */
function supportFlow(settings: Record<string, unknown> = {}, handoff: Record<string, unknown> = {}) {
  return flow(
    [
      { id: "start", kind: "start" },
      { id: "ask", kind: "question", config: { prompt: "Your email?", variable: "email", validation: "email" } },
      { id: "done", kind: "end", config: { message: "Thanks" } },
      { id: "human", kind: "handoff", config: { queue: "", contextVariables: ["email"], summary: "Customer {{email}}", priority: "high", ...handoff } },
      { id: "back", kind: "message", config: { text: "Back: {{handoff_note}}" } },
      { id: "resolved", kind: "end", config: { message: "Glad we could help" } },
      { id: "ticket", kind: "ticket" },
      { id: "ticket_done", kind: "end" },
      { id: "fb", kind: "fallback", config: { messages: ["That is not an email address"], maxAttempts: 10 } },
    ],
    [
      ["start", "next", "ask"], ["ask", "no_match", "fb"], ["ask", "answered", "done"], ["human", "unavailable", "ticket"], ["human", "handed_back", "back"],
      ["back", "next", "ask"], ["human", "resolved", "resolved"], ["ticket", "created", "ticket_done"],
    ],
    { queues: ["support", "vip"], noMatchLimit: 20, ...settings },
  );
}

/** Runs the protocol up to `queued` (availability yes, enqueue at position 2). */
function queue(run: Runner) {
  expect(run.last.effects[0]).toMatchObject({ type: "check_availability", queue: "support" });
  run.answer({ ok: true, available: true, estimatedWaitSec: 240 });
  expect(run.last.effects[0]?.type).toBe("enqueue_handoff");
  run.answer({ ok: true, position: 2, estimatedWaitSec: 240 });
}

describe("user_request trigger", () => {
  it("fires from a waiting question before the answer is validated, with the context card", () => {
    const run = new Runner(supportFlow());
    run.start();
    run.say("sam@example.com");
    const fresh = new Runner(supportFlow());
    fresh.start();
    fresh.say("I want to talk to a human");
    expect(fresh.trace("trigger_fired")).toEqual([{ type: "trigger_fired", nodeId: "ask", trigger: "user_request", target: "human" }]);
    expect(fresh.state.handoff).toMatchObject({ id: "h1", trigger: "user_request", triggerNodeId: "ask", nodeId: "human", queue: "support", priority: "high" });
    fresh.answer({ ok: true, available: true });
    const enqueue = fresh.last.effects[0];
    expect(enqueue?.type === "enqueue_handoff" && enqueue.context).toMatchObject({
      trigger: "user_request", nodeId: "ask", handoffNodeId: "human", queue: "support", priority: "high",
      variables: { email: null }, summary: "Customer ", conversation: { userMessages: 1, lastUserMessage: "I want to talk to a human" },
    });
    expect(enqueue?.type === "enqueue_handoff" && enqueue.transcript.map((line) => line.from)).toEqual(["bot", "user"]);
  });

  it("the Talk to a person action works too, and is refused with the reason when disabled", () => {
    const run = new Runner(supportFlow());
    run.start();
    run.send({ type: "user_action", action: "talk_to_person", at: AT });
    expect(run.state.handoff?.trigger).toBe("user_request");

    const off = new Runner(supportFlow({ liveAgent: { enabled: false, disabledReason: "This is a demo bot." } }));
    off.start();
    off.send({ type: "user_action", action: "talk_to_person", at: AT });
    expect(off.texts()).toEqual(["This is a demo bot."]);
    expect(off.state).toMatchObject({ status: "waiting_input", handoff: null });
    off.say("talk to a human");
    expect(off.state.handoff).toBeNull(); // disabled: the phrase is just an (invalid) answer
    expect(off.texts()).toEqual(["That is not an email address"]);
  });

  it("does not open a second handoff while queued: the message is relayed instead", () => {
    const run = new Runner(supportFlow());
    run.start();
    run.say("human please");
    queue(run);
    expect(run.state.status).toBe("queued");
    run.send({ type: "user_action", action: "talk_to_person", at: AT });
    expect(run.state.counters.handoffs).toBe(1);
    expect(run.texts()[0]).toMatch(/already/);
    run.say("talk to a person now!");
    expect(run.state.counters.handoffs).toBe(1);
    expect(run.last.effects).toEqual([{ type: "deliver_to_agent", id: expect.any(String), nodeId: "human", handoffId: "h1", text: "talk to a person now!" }]);
  });
});

describe("availability outcomes", () => {
  it("available: tells position and wait, queued; agent accepts, messages relay both ways, resolve ends on the resolved port", () => {
    const run = new Runner(supportFlow());
    run.start();
    run.say("agent please");
    queue(run);
    expect(run.texts()).toEqual(["Connecting you with a person. You are number 2 in line (about 4 minutes)."]);
    expect(run.last.outputs).toContainEqual({ type: "status", status: "queued" });
    run.send({ type: "agent_accepted", agentName: "Sam", at: AT });
    expect(run.texts()).toEqual(["Sam has joined the conversation."]);
    expect(run.state.status).toBe("with_agent");
    run.send({ type: "agent_message", text: "Hi, how can I help?", at: AT });
    expect(run.last.outputs[0]).toEqual({ type: "message", from: "agent", text: "Hi, how can I help?" });
    run.say("my order is late");
    expect(run.last.trace.some((entry) => entry.type === "intent_matched" || entry.type === "node_entered")).toBe(false);
    run.send({ type: "agent_resolved", note: "done", at: AT });
    expect(run.texts()).toEqual(["Glad we could help"]);
    expect(run.state).toMatchObject({ status: "ended", handoff: { status: "resolved", note: "done", agentName: "Sam" } });
    expect(run.state.transcript.map((line) => line.from)).toEqual(["bot", "user", "system", "system", "agent", "user", "bot"]);
  });

  it("unavailable: says so and leaves through unavailable to a ticket with a reference", () => {
    const run = new Runner(supportFlow());
    run.start();
    run.say("real person");
    run.answer({ ok: true, available: false, reason: "closed" });
    expect(run.texts()).toEqual(["Nobody from our team is available right now.", "What email address can we reach you at?"]);
    expect(run.state.handoff?.status).toBe("unavailable");
    run.say("ada@example.com");
    run.say("My parcel is lost");
    expect(run.last.effects[0]).toMatchObject({ type: "create_ticket", queue: "support", email: "ada@example.com", description: "My parcel is lost", context: { trigger: "user_request" } });
    run.answer({ ok: true, reference: "T-9" });
    expect(run.state.variables.ticket_ref).toBe("T-9");
    expect(run.last.outputs).toContainEqual({ type: "ticket", reference: "T-9", nodeId: "ticket" });
    expect(run.state.status).toBe("ended");
  });

  it("an unconnected resolved port ends the conversation; a failed enqueue counts as unavailable", () => {
    const bundle = flow(
      [{ id: "start", kind: "start" }, { id: "h", kind: "handoff" }, { id: "t", kind: "ticket" }],
      [["start", "next", "h"], ["h", "unavailable", "t"]],
    );
    const run = new Runner(bundle);
    run.start();
    expect(run.state.handoff?.trigger).toBe("explicit");
    run.answer({ ok: true, available: true });
    run.answer({ ok: false, error: "queue full" });
    expect(run.state.handoff?.status).toBe("unavailable");
    expect(run.state.awaiting).toEqual({ nodeId: "t", field: "email" });
  });
});

describe("wait timeout, hand back", () => {
  it("a timeout while queued cancels the handoff and takes the unavailable port", () => {
    const run = new Runner(supportFlow());
    run.start();
    run.say("human");
    queue(run);
    run.send({ type: "handoff_timeout", handoffId: "h1", at: AT });
    expect(run.last.effects[0]).toMatchObject({ type: "cancel_handoff", handoffId: "h1", reason: "timeout" });
    expect(run.state.handoff?.status).toBe("timed_out");
    expect(run.state.awaiting?.nodeId).toBe("ticket");
  });

  it("a stale timeout (wrong id, or already with an agent) changes nothing", () => {
    const run = new Runner(supportFlow());
    run.start();
    run.say("human");
    queue(run);
    const queued = run.state;
    run.send({ type: "handoff_timeout", handoffId: "h7", at: AT });
    expect(run.state).toEqual(queued);
    run.send({ type: "agent_accepted", agentName: "Ann", at: AT });
    run.send({ type: "handoff_timeout", handoffId: "h1", at: AT });
    expect(run.state.status).toBe("with_agent");
    expect(run.last.trace[0]).toMatchObject({ type: "event_ignored", reason: "stale_timeout" });
  });

  it("hand back sets handoff_note and continues on handed_back; a later handoff gets a new id", () => {
    const run = new Runner(supportFlow());
    run.start();
    run.say("human");
    queue(run);
    run.send({ type: "agent_accepted", agentName: "Ann", at: AT });
    run.send({ type: "agent_handed_back", note: "Email verified", at: AT });
    expect(run.texts()).toEqual(["Back: Email verified", "Your email?"]);
    expect(run.state).toMatchObject({ status: "waiting_input", variables: { handoff_note: "Email verified" }, handoff: { status: "handed_back" } });
    run.say("can I talk to a human please");
    expect(run.state.handoff).toMatchObject({ id: "h2", status: "checking" });
  });
});

describe("no_match, error, frustration triggers", () => {
  it("unconnected no_match goes to the default fallback; its exhaustion fires no_match", () => {
    const bundle = flow(
      [
        { id: "start", kind: "start" },
        { id: "q", kind: "question", config: { prompt: "Number?", variable: "n", validation: "number" } },
        { id: "fb", kind: "fallback", config: { messages: ["Digits please"], maxAttempts: 1 } },
        { id: "h", kind: "handoff" },
        { id: "t", kind: "ticket" },
      ],
      [["start", "next", "q"], ["h", "unavailable", "t"]],
      { defaultFallbackNodeId: "fb", noMatchLimit: 5 },
    );
    const run = new Runner(bundle);
    run.start();
    run.say("abc");
    expect(run.texts()).toEqual(["Digits please"]);
    run.say("def");
    expect(run.state.handoff).toMatchObject({ trigger: "no_match", triggerNodeId: "q" });
  });

  it("the error trigger goes to the error handler, and the handoff it reaches records error", () => {
    const bundle = flow(
      [
        { id: "start", kind: "start" },
        { id: "w", kind: "webhook", config: { url: "https://x.test" } },
        { id: "sorry", kind: "message", config: { text: "Something broke" } },
        { id: "h", kind: "handoff" },
        { id: "t", kind: "ticket" },
        { id: "ok", kind: "end" },
      ],
      [["start", "next", "w"], ["w", "ok", "ok"], ["sorry", "next", "h"], ["h", "unavailable", "t"]],
      { errorHandlerNodeId: "sorry" },
    );
    const run = new Runner(bundle);
    run.start();
    run.answer({ ok: false, error: "ECONNREFUSED" });
    expect(run.texts()).toEqual(["Something broke"]);
    expect(run.state.handoff).toMatchObject({ trigger: "error", triggerNodeId: "w", nodeId: "h" });
    expect(run.trace("trigger_fired").map((entry) => "trigger" in entry && entry.trigger)).toEqual(["error"]);
  });

  it("frustration: repeated identical messages, or negative messages", () => {
    const repeat = new Runner(supportFlow({ noMatchLimit: 10 }));
    repeat.start();
    repeat.say("why?");
    repeat.say("Why?!");
    expect(repeat.state.handoff).toBeNull();
    repeat.say("why");
    expect(repeat.state.handoff).toMatchObject({ trigger: "frustration", triggerNodeId: "ask" });

    const negative = new Runner(supportFlow({ noMatchLimit: 10 }));
    negative.start();
    negative.say("this is useless");
    negative.say("you are stupid");
    expect(negative.state.handoff?.trigger).toBe("frustration");

    const off = new Runner(supportFlow({ noMatchLimit: 10, frustration: { enabled: false } }));
    off.start();
    for (const text of ["why", "why", "why", "useless", "useless"]) off.say(text);
    expect(off.state.handoff).toBeNull();
  });

  it("routing rules pick the queue when the node has none", () => {
    const run = new Runner(supportFlow({ routing: [{ queue: "vip", when: { "==": [{ var: "trigger" }, "user_request"] } }] }));
    run.start();
    run.say("human please");
    expect(run.state.handoff?.queue).toBe("vip");
    expect(run.last.effects[0]).toMatchObject({ type: "check_availability", queue: "vip" });
  });
});

describe("step budget", () => {
  it("a loop that never waits ends in the error trigger, and a looping error handler ends the conversation", () => {
    const loop = flow(
      [
        { id: "start", kind: "start" },
        { id: "a", kind: "set", config: { assignments: [{ variable: "i", value: { "+": [{ var: "i" }, 1] } }] } },
        { id: "b", kind: "condition", config: { rule: true } },
        { id: "h", kind: "handoff" },
        { id: "t", kind: "ticket" },
      ],
      [["start", "next", "a"], ["a", "next", "b"], ["b", "true", "a"], ["b", "false", "a"], ["h", "unavailable", "t"]],
      { stepBudget: 50 },
    );
    const run = new Runner(loop);
    run.start();
    expect(run.last.trace).toContainEqual(expect.objectContaining({ type: "error", code: "step_budget" }));
    expect(run.state.handoff?.trigger).toBe("error");

    const selfLoop = flow(
      [{ id: "start", kind: "start" }, { id: "a", kind: "set", config: { assignments: [{ variable: "x", value: 1 }] } }],
      [["start", "next", "a"], ["a", "next", "a"]],
      { stepBudget: 10, errorHandlerNodeId: "a", liveAgent: { enabled: false, disabledReason: "test" } },
    );
    const looping = new Runner(selfLoop);
    looping.start();
    expect(looping.state.status).toBe("ended");
    expect(looping.last.trace.filter((entry) => entry.type === "error")).toHaveLength(2);
    expect(looping.last.trace.filter((entry) => entry.type === "node_entered").length).toBeLessThanOrEqual(22);
  });
});

describe("robustness", () => {
  it("bad events give an error trace and leave the state unchanged", () => {
    const run = new Runner(supportFlow());
    run.start();
    const before = run.state;
    for (const bad of [null, 42, { type: "user_message" }, { type: "nope", at: AT }, { type: "user_message", at: AT, text: 5 }]) {
      run.send(JSON.parse(JSON.stringify(bad)));
      expect(run.state).toEqual(before);
      expect(run.last.trace[0]).toMatchObject({ type: "error", code: "invalid_event" });
    }
  });

  it("state survives a JSON round trip mid-conversation and the conversation continues", () => {
    const run = new Runner(supportFlow());
    run.start();
    run.say("human please");
    queue(run);
    const stored = JSON.stringify(run.state);
    const resumed = new Runner(supportFlow(), JSON.parse(stored));
    resumed.send({ type: "agent_accepted", agentName: "Bo", at: AT });
    run.send({ type: "agent_accepted", agentName: "Bo", at: AT });
    expect(resumed.state).toEqual(run.state);
    expect(resumed.texts()).toEqual(["Bo has joined the conversation."]);
  });

  it("messages after the end are ignored", () => {
    const run = new Runner(supportFlow());
    run.start();
    run.say("a@b.co");
    expect(run.state.status).toBe("ended");
    run.say("hello?");
    expect(run.last.trace).toEqual([{ type: "event_ignored", nodeId: "done", event: "user_message", reason: "conversation_ended" }]);
  });
});
