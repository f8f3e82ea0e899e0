import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileFlow, type FlowDocumentInput } from "@/lib/flow";
import { initialState, step, type ConversationState, type RuntimeBundle, type RuntimeEvent } from "@/lib/runtime";
import { documentArbitrary, soundDocumentArbitrary } from "../flow/arbitraries";
import { acmeBundle, AT } from "./helpers";

const STATUSES = ["active", "waiting_input", "waiting_effect", "queued", "with_agent", "ended"];
const texts = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("I want a refund", "human please", "where is my order", "12345", "sam@example.com", "+44 20 7946 0000", "this is useless", "no thanks", "Email me", "Call me back", ""),
);

/** An event built against the current state (so effect results and timeouts often hit), or junk. */
type EventMaker = (state: ConversationState) => unknown;
const eventMaker: fc.Arbitrary<EventMaker> = fc.oneof(
  fc.constant((): unknown => ({ type: "start", at: AT })),
  texts.map((text) => (): unknown => ({ type: "user_message", text, at: AT })),
  fc.constant((): unknown => ({ type: "user_action", action: "talk_to_person", at: AT })),
  texts.map((quickReply) => (): unknown => ({ type: "user_action", action: { quickReply }, at: AT })),
  fc
    .record({ ok: fc.boolean(), available: fc.boolean(), status: fc.constantFrom(200, 404, 500), reference: fc.constantFrom("R-1", ""), slots: fc.constantFrom([], [{ value: "2026-01-05T12:00:00Z", label: "Noon" }]), timedOut: fc.boolean() })
    .map((result) => (state: ConversationState): unknown => ({ type: "effect_result", effectId: state.pending?.id ?? "e1", result, at: AT })),
  fc.constant((): unknown => ({ type: "agent_accepted", agentName: "Sam", at: AT })),
  texts.map((text) => (): unknown => ({ type: "agent_message", text, at: AT })),
  fc.constant((): unknown => ({ type: "agent_resolved", at: AT })),
  texts.map((note) => (): unknown => ({ type: "agent_handed_back", note, at: AT })),
  fc.constant((state: ConversationState): unknown => ({ type: "handoff_timeout", handoffId: state.handoff?.id ?? "h1", at: AT })),
  fc.jsonValue().map((junk) => (): unknown => junk),
);

function compiled(document: FlowDocumentInput): RuntimeBundle | null {
  try {
    return compileFlow(document, { flowId: "p", version: 0 });
  } catch {
    return null;
  }
}

/** Feeds the events; checks the invariants after every step. */
function exercise(bundle: RuntimeBundle, makers: EventMaker[]): void {
  let state = initialState(bundle);
  for (const make of [(): unknown => ({ type: "start", at: AT }), ...makers]) {
    const event: RuntimeEvent = JSON.parse(JSON.stringify(make(state) ?? null));
    const result = step(bundle, state, event);
    expect(STATUSES).toContain(result.state.status);
    const entered = result.trace.filter((entry) => entry.type === "node_entered").length;
    expect(entered).toBeLessThanOrEqual(2 * bundle.settings.stepBudget + 2);
    expect(JSON.parse(JSON.stringify(result.state))).toEqual(result.state);
    expect(result.trace.some((entry) => entry.type === "error" && entry.code === "internal")).toBe(false);
    const pending = result.state.pending;
    // a newly awaited effect is always among this step's effects, so the host can answer it
    if (pending && pending.id !== state.pending?.id) expect(result.effects.map((effect) => effect.id)).toContain(pending.id);
    if (result.state.status === "waiting_effect") expect(pending).not.toBeNull();
    state = JSON.parse(JSON.stringify(result.state));
  }
}

describe("step properties", () => {
  it("random documents × random events: never throws, each turn within the step budget, state is JSON", () => {
    fc.assert(
      fc.property(fc.oneof(documentArbitrary(12), soundDocumentArbitrary(10)), fc.array(eventMaker, { maxLength: 25 }), (document, makers) => {
        const bundle = compiled(document);
        fc.pre(bundle !== null);
        if (bundle) exercise(bundle, makers);
      }),
      { numRuns: 150 },
    );
  });

  it("the demo flow under random events keeps the same invariants", () => {
    const bundle = acmeBundle();
    fc.assert(fc.property(fc.array(eventMaker, { maxLength: 40 }), (makers) => exercise(bundle, makers)), { numRuns: 150 });
  });

  it("step is deterministic: the same events give byte-identical results", () => {
    const bundle = acmeBundle();
    fc.assert(
      fc.property(fc.array(texts, { maxLength: 8 }), (messages) => {
        const run = () => {
          let state = step(bundle, initialState(bundle), { type: "start", at: AT }).state;
          const results = [];
          for (const text of messages) {
            const result = step(bundle, state, { type: "user_message", text, at: AT });
            results.push(result);
            state = result.state;
          }
          return JSON.stringify(results);
        };
        expect(run()).toBe(run());
      }),
      { numRuns: 50 },
    );
  });
});
