import { describe, expect, it } from "vitest";
import { validateAnswer } from "@/lib/runtime";
import { AT, flow, Runner } from "./helpers";

describe("message, set, condition, end", () => {
  it("interpolates variables, branches on JSONLogic and ends with a goodbye", () => {
    const bundle = flow(
      [
        { id: "start", kind: "start" },
        { id: "set", kind: "set", config: { assignments: [{ variable: "name", value: "Ada" }, { variable: "plan", value: { cat: ["p", "ro"] } }, { variable: "n", value: 3 }] } },
        { id: "cond", kind: "condition", config: { rule: { and: [{ "==": [{ var: "plan" }, "pro"] }, { ">": [{ var: "n" }, 2] }] } } },
        { id: "hi", kind: "message", config: { text: "Hello {{ name }}, plan {{plan}}{{missing}}!", quickReplies: [{ label: "Hi {{name}}" }] } },
        { id: "bye", kind: "end", config: { message: "Bye {{name}}" } },
        { id: "no", kind: "end", config: { message: "Not pro" } },
      ],
      [["start", "next", "set"], ["set", "next", "cond"], ["cond", "true", "hi"], ["cond", "false", "no"], ["hi", "next", "bye"]],
    );
    const run = new Runner(bundle);
    const result = run.start();
    expect(run.texts()).toEqual(["Hello Ada, plan pro!", "Bye Ada"]);
    expect(result.outputs[0]).toMatchObject({ quickReplies: [{ label: "Hi Ada" }] });
    expect(result.state.status).toBe("ended");
    expect(result.trace.filter((entry) => entry.type === "node_entered").map((entry) => entry.nodeId)).toEqual(["start", "set", "cond", "hi", "bye"]);
    expect(result.trace).toContainEqual({ type: "port_taken", nodeId: "cond", port: "true", target: "hi" });
  });

  it("ends the conversation on an unconnected next port", () => {
    const run = new Runner(flow([{ id: "start", kind: "start" }, { id: "m", kind: "message", config: { text: "Only this" } }], [["start", "next", "m"]]));
    run.start();
    expect(run.state.status).toBe("ended");
    expect(run.texts()).toEqual(["Only this"]);
  });
});

describe("question", () => {
  const bundle = (validation: string, choices: string[] = []) =>
    flow(
      [
        { id: "start", kind: "start" },
        { id: "q", kind: "question", config: { prompt: "Answer?", variable: "answer", validation, choices } },
        { id: "fb", kind: "fallback", config: { messages: ["Try again", "Last try"], maxAttempts: 2 } },
        { id: "ok", kind: "message", config: { text: "Got {{answer}}" } },
        { id: "h", kind: "handoff" },
        { id: "t", kind: "ticket" },
      ],
      [["start", "next", "q"], ["q", "answered", "ok"], ["q", "no_match", "fb"], ["h", "unavailable", "t"]],
      { noMatchLimit: 10 },
    );

  it("stores a valid answer and leaves through answered", () => {
    const run = new Runner(bundle("number"));
    run.start();
    expect(run.state).toMatchObject({ status: "waiting_input", awaiting: { nodeId: "q", field: "answer" } });
    run.say("# 12 345");
    expect(run.state.variables.answer).toBe(12345);
    expect(run.texts()).toContain("Got 12345");
  });

  it("offers choices as quick replies and accepts them case-insensitively", () => {
    const run = new Runner(bundle("choice", ["Email me", "Call me"]));
    expect(run.start().outputs[0]).toMatchObject({ text: "Answer?", quickReplies: [{ label: "Email me" }, { label: "Call me" }] });
    run.say("call ME");
    expect(run.state.variables.answer).toBe("Call me");
  });

  it("reprompts with escalating fallback messages without repeating the question, then exhausts to the no_match handoff", () => {
    const run = new Runner(bundle("email"));
    run.start();
    run.say("not an email");
    expect(run.texts()).toEqual(["Try again"]);
    expect(run.state.awaiting).toEqual({ nodeId: "q", field: "answer" });
    run.say("still not");
    expect(run.texts()).toEqual(["Last try"]);
    run.say("nope");
    expect(run.trace("trigger_fired")).toEqual([{ type: "trigger_fired", nodeId: "q", trigger: "no_match", target: "h" }]);
    expect(run.state.handoff).toMatchObject({ trigger: "no_match", triggerNodeId: "q", status: "checking" });
    expect(run.trace("fallback_attempt").map((entry) => ("attempt" in entry ? entry.attempt : 0))).toEqual([1, 2]);
  });

  it("a good answer resets the fallback attempts", () => {
    const run = new Runner(bundle("text"));
    run.start();
    run.say("   ");
    run.say("fine");
    expect(run.state.counters).toMatchObject({ noMatch: 0, fallback: {} });
  });
});

describe("validateAnswer", () => {
  it.each([
    ["number", "3,5", 3.5],
    ["number", "abc", undefined],
    ["email", "Sam@Example.com", "sam@example.com"],
    ["email", "sam@", undefined],
    ["phone", "+44 (20) 7946-0000", "+442079460000"],
    ["phone", "12", undefined],
    ["date", "2026-02-28", "2026-02-28"],
    ["date", "31/12/2026", "2026-12-31"],
    ["date", "2026-02-30", undefined],
    ["text", "  ", undefined],
  ] as const)("%s %j → %j", (validation, text, expected) => {
    expect(validateAnswer(text, validation)).toEqual(expected);
  });

  it("validates nothing for a validation it has no check for (a bundle from outside)", () => {
    for (const validation of ["bogus", "constructor", "toString"]) expect(validateAnswer("42", JSON.parse(JSON.stringify(validation)))).toBeUndefined();
  });
});

describe("intent", () => {
  const bundle = flow(
    [
      { id: "start", kind: "start" },
      { id: "menu", kind: "intent", config: { prompt: "How can I help?", intents: [{ name: "refund", examples: ["I want a refund"], keywords: ["refund"], patterns: [] }, { name: "hours", examples: ["when are you open"], keywords: ["opening hours"], patterns: [] }] } },
      { id: "r", kind: "end", config: { message: "Refund!" } },
      { id: "h", kind: "handoff" },
      { id: "t", kind: "ticket" },
    ],
    [["start", "next", "menu"], ["menu", "refund", "r"], ["h", "unavailable", "t"]],
    { noMatchLimit: 2 },
  );

  it("routes on the intent and records it with its score", () => {
    const run = new Runner(bundle);
    run.start();
    run.say("I want a refund");
    expect(run.texts()).toEqual(["Refund!"]);
    const matched = run.trace("intent_matched")[0];
    expect(matched).toMatchObject({ nodeId: "menu", intent: "refund" });
    expect(run.state.lastIntent?.intent).toBe("refund");
  });

  it("counts consecutive no-matches flow-wide and fires no_match at the limit", () => {
    const run = new Runner(bundle);
    run.start();
    run.say("purple monkey dishwasher");
    // unconnected no_match and no default fallback: straight to the no_match handoff
    expect(run.trace("no_match")).toHaveLength(1);
    expect(run.state.handoff).toMatchObject({ trigger: "no_match", nodeId: "h" });
  });

  it("accepts a custom classifier factory", async () => {
    const { step, initialState } = await import("@/lib/runtime");
    const classifier = () => ({ classify: () => ({ intent: "refund", score: 0.99, ranking: [] }) });
    let state = step(bundle, initialState(bundle), { type: "start", at: AT }, { classifier }).state;
    state = step(bundle, state, { type: "user_message", text: "xyz", at: AT }, { classifier }).state;
    expect(state.status).toBe("ended");
    expect(state.lastIntent).toEqual({ intent: "refund", score: 0.99 });
  });

  it("treats an intent the node does not have, named by a custom classifier, as a no-match", async () => {
    const { step, initialState } = await import("@/lib/runtime");
    for (const named of ["cancel_order", "no_match"]) {
      const classifier = () => ({ classify: () => ({ intent: named, score: 0.99, ranking: [] }) });
      let result = step(bundle, initialState(bundle), { type: "start", at: AT }, { classifier });
      result = step(bundle, result.state, { type: "user_message", text: "xyz", at: AT }, { classifier });
      expect(result.trace.filter((entry) => entry.type === "intent_matched")).toEqual([]);
      expect(result.trace.filter((entry) => entry.type === "no_match")).toHaveLength(1);
    }
  });
});

describe("webhook", () => {
  const bundle = (errorConnected: boolean) =>
    flow(
      [
        { id: "start", kind: "start" },
        { id: "set", kind: "set", config: { assignments: [{ variable: "id", value: "a b/1" }, { variable: "note", value: 'say "hi"' }] } },
        { id: "w", kind: "webhook", config: { url: "https://x.test/o/{{id}}", method: "POST", body: '{"note":"{{note}}"}', headers: { "x-id": "{{id}}" }, saveAs: "order" } },
        { id: "ok", kind: "end", config: { message: "Status {{order.status}}" } },
        { id: "err", kind: "end", config: { message: "Webhook failed" } },
        { id: "h", kind: "handoff" },
        { id: "t", kind: "ticket" },
      ],
      [["start", "next", "set"], ["set", "next", "w"], ["w", "ok", "ok"], ...(errorConnected ? [["w", "error", "err"] as [string, string, string]] : []), ["h", "unavailable", "t"]],
    );

  it("issues an escaped call and saves the JSON answer", () => {
    const run = new Runner(bundle(true));
    const { effects } = run.start();
    expect(effects[0]).toMatchObject({ type: "call_webhook", id: "e1", url: "https://x.test/o/a%20b%2F1", body: '{"note":"say \\"hi\\""}', headers: { "x-id": "a b/1" } });
    expect(JSON.parse(effects[0]?.type === "call_webhook" ? effects[0].body : "")).toEqual({ note: 'say "hi"' });
    expect(run.state.status).toBe("waiting_effect");
    run.answer({ ok: true, status: 200, body: { status: "shipped" } });
    expect(run.texts()).toEqual(["Status shipped"]);
  });

  it("saves what the host answers as the JSON it would send: a value JSON cannot hold is left out, a cycle is null", () => {
    // JSON.parse with a reviver stands for a JavaScript host that answers with more than JSON
    const body = JSON.parse('{"status":"shipped","at":0,"total":0,"later":0}', (key, value) =>
      key === "at" ? new Date(value) : key === "total" ? NaN : key === "later" ? () => value : value,
    );
    const run = new Runner(bundle(true));
    run.start();
    run.answer({ ok: true, status: 200, body });
    expect(run.state.variables.order).toEqual({ status: "shipped", at: "1970-01-01T00:00:00.000Z", total: null });
    const cyclic = JSON.parse('{"status":"loop"}', (key, value) => (key === "" ? Object.assign(value, { self: value }) : value));
    const again = new Runner(bundle(true));
    again.start();
    again.answer({ ok: true, status: 200, body: cyclic });
    expect(again.state.variables.order).toBeNull();
    expect(again.texts()).toEqual(["Status "]);
  });

  it("non-2xx goes to the error port", () => {
    const run = new Runner(bundle(true));
    run.start();
    run.answer({ ok: true, status: 503 });
    expect(run.texts()).toEqual(["Webhook failed"]);
    expect(run.state.variables.webhook_error).toBe("status 503");
  });

  it("a timeout with the error port unconnected fires the error trigger", () => {
    const run = new Runner(bundle(false));
    run.start();
    run.answer({ ok: false, timedOut: true });
    expect(run.trace("trigger_fired")).toEqual([{ type: "trigger_fired", nodeId: "w", trigger: "error", target: "h" }]);
    expect(run.state.handoff).toMatchObject({ trigger: "error", triggerNodeId: "w" });
  });

  it("ignores results for effects it is not waiting for", () => {
    const run = new Runner(bundle(true));
    run.start();
    const before = run.state;
    run.send({ type: "effect_result", effectId: "e99", result: { ok: true }, at: AT });
    expect(run.state).toEqual(before);
    expect(run.last.trace).toEqual([{ type: "event_ignored", nodeId: "w", event: "effect_result", reason: "not_awaited" }]);
  });
});
