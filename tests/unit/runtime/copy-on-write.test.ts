import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileFlow, type FlowDocumentInput } from "@/lib/flow";
import { initialState, step, type ConversationState, type RuntimeBundle, type RuntimeEvent, type StepResult, type TranscriptEntry } from "@/lib/runtime";
import { documentArbitrary, soundDocumentArbitrary } from "../flow/arbitraries";
import { acmeBundle, AT, flow } from "./helpers";

/** Freezes `value` and everything reachable from it: any write by `step` would throw. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const texts = fc.constantFrom(
  "I want a refund", "human please", "where is my order", "12345", "sam@example.com", "+44 20 7946 0000", "this is useless",
  "no thanks", "Email me", "Call me back", "1", "2", "", "what are your opening hours", "purple monkey",
);
type EventMaker = (state: ConversationState) => unknown;
/** Events that often hit what the state waits for, so every protocol path gets exercised. */
const eventMaker: fc.Arbitrary<EventMaker> = fc.oneof(
  texts.map((text) => (): unknown => ({ type: "user_message", text, at: AT })),
  texts.map((text) => (): unknown => ({ type: "user_message", text, at: AT })),
  fc.constant((): unknown => ({ type: "user_action", action: "talk_to_person", at: AT })),
  texts.map((quickReply) => (): unknown => ({ type: "user_action", action: { quickReply }, at: AT })),
  fc
    .record({ ok: fc.boolean(), available: fc.boolean(), status: fc.constantFrom(200, 500), reference: fc.constantFrom("R-1", ""), slots: fc.constantFrom([], [{ value: "2026-01-05T12:00:00Z", label: "Noon" }]), position: fc.constantFrom(1, 3) })
    .map((result) => (state: ConversationState): unknown => ({ type: "effect_result", effectId: state.pending?.id ?? "e1", result, at: AT })),
  fc.constant((): unknown => ({ type: "agent_accepted", agentName: "Sam", at: AT })),
  texts.map((text) => (): unknown => ({ type: "agent_message", text, at: AT })),
  fc.constant((): unknown => ({ type: "agent_resolved", note: "done", at: AT })),
  texts.map((note) => (): unknown => ({ type: "agent_handed_back", note, at: AT })),
  fc.constant((state: ConversationState): unknown => ({ type: "handoff_timeout", handoffId: state.handoff?.id ?? "h1", at: AT })),
  fc.constant((): unknown => ({ type: "start", at: AT })),
);

/**
 * Runs the same events twice — once on fresh JSON copies of each state, once on the previous
 * result deep-frozen — and returns both runs' results as JSON, checking that no input changed.
 */
function frozenAndFresh(bundle: RuntimeBundle, makers: EventMaker[]): { fresh: string; frozen: string } {
  const run = (freeze: boolean): string => {
    let state = initialState(bundle);
    const results: StepResult[] = [];
    for (const make of [(): unknown => ({ type: "start", at: AT }), ...makers]) {
      const event: RuntimeEvent = JSON.parse(JSON.stringify(make(state) ?? null));
      const input = freeze ? deepFreeze(state) : JSON.parse(JSON.stringify(state));
      const before = JSON.stringify(input);
      const result = step(bundle, input, event);
      expect(JSON.stringify(input)).toBe(before);
      expect(result.trace.filter((entry) => entry.type === "error" && entry.code === "internal")).toEqual([]);
      results.push(result);
      state = result.state;
    }
    // Key order is not behaviour: a state built by spreading a frozen object may list keys in a
    // different order than one rebuilt from JSON, with equal content.
    return JSON.stringify(results, sortedKeys);
  };
  return { fresh: run(false), frozen: run(true) };
}

function compiled(document: FlowDocumentInput): RuntimeBundle | null {
  try {
    return compileFlow(document, { flowId: "p", version: 0 });
  } catch {
    return null;
  }
}

describe("step never changes the caller's state", () => {
  it("the demo flow on deep-frozen states behaves exactly as on fresh copies", () => {
    const bundle = acmeBundle();
    fc.assert(
      fc.property(fc.array(eventMaker, { maxLength: 30 }), (makers) => {
        const { fresh, frozen } = frozenAndFresh(bundle, makers);
        expect(frozen).toBe(fresh);
      }),
      { numRuns: 150 },
    );
  });

  it("random flows on deep-frozen states behave exactly as on fresh copies", () => {
    fc.assert(
      fc.property(fc.oneof(documentArbitrary(12), soundDocumentArbitrary(10)), fc.array(eventMaker, { maxLength: 20 }), (document, makers) => {
        const bundle = compiled(document);
        fc.pre(bundle !== null);
        if (!bundle) return;
        const { fresh, frozen } = frozenAndFresh(bundle, makers);
        expect(frozen).toBe(fresh);
      }),
      { numRuns: 150 },
    );
  });

  it("a whole handoff (queue, agent, hand back) runs on frozen states", () => {
    const bundle = acmeBundle();
    const events: ((state: ConversationState) => RuntimeEvent)[] = [
      () => ({ type: "start", at: AT }),
      () => ({ type: "user_message", text: "I want a refund", at: AT }),
      (state) => ({ type: "effect_result", effectId: state.pending?.id ?? "", result: { ok: true, available: true, estimatedWaitSec: 90 }, at: AT }),
      (state) => ({ type: "effect_result", effectId: state.pending?.id ?? "", result: { ok: true, position: 2 }, at: AT }),
      () => ({ type: "agent_accepted", agentName: "Sam", at: AT }),
      () => ({ type: "agent_message", text: "Hi, I can help", at: AT }),
      () => ({ type: "user_message", text: "thanks", at: AT }),
      () => ({ type: "agent_handed_back", note: "refund issued", at: AT }),
    ];
    let state = initialState(bundle);
    const statuses: string[] = [];
    for (const make of events) {
      const result = step(bundle, deepFreeze(state), make(state));
      expect(result.trace.some((entry) => entry.type === "error")).toBe(false);
      state = result.state;
      statuses.push(state.handoff?.status ?? "-");
    }
    expect(statuses).toEqual(["-", "checking", "checking", "queued", "assigned", "assigned", "assigned", "handed_back"]);
    expect(state.variables.handoff_note).toBe("refund issued");
    expect(state.transcript.map((line) => line.from)).toContain("agent");
  });
});

describe("the next state shares what the turn did not change", () => {
  const bundle = flow(
    [
      { id: "start", kind: "start" },
      { id: "menu", kind: "intent", config: { prompt: "Topic?", intents: [{ name: "billing", examples: ["a billing question"], keywords: ["billing"], patterns: [] }] } },
      { id: "answer", kind: "message", config: { text: "Billing it is." } },
      { id: "h", kind: "handoff" },
      { id: "t", kind: "ticket" },
    ],
    [["start", "next", "menu"], ["menu", "billing", "answer"], ["answer", "next", "menu"], ["h", "unavailable", "t"]],
  );

  it("appends to a new transcript array holding the same entry objects; variables and counters stay shared", () => {
    const started = step(bundle, initialState(bundle), { type: "start", at: AT }).state;
    const before = step(bundle, started, { type: "user_message", text: "billing", at: AT }).state;
    const after = step(bundle, before, { type: "user_message", text: "billing please", at: AT }).state;
    expect(after.transcript).not.toBe(before.transcript);
    expect(before.transcript).toHaveLength(4);
    before.transcript.forEach((line, i) => expect(after.transcript[i]).toBe(line));
    expect(after.transcript.slice(4).map((line) => line.text)).toEqual(["billing please", "Billing it is.", "Topic?"]);
    expect(after.variables).toBe(before.variables);
    expect(after.counters).toBe(before.counters);
  });

  it("10,000 turns: every turn leaves the entries of earlier turns untouched and unread", () => {
    let state = step(bundle, initialState(bundle), { type: "start", at: AT }).state;
    for (let turn = 0; turn < 10_000; turn++) {
      const previous = state;
      state = step(bundle, previous, { type: "user_message", text: turn % 2 ? "billing please" : "a billing question", at: AT }).state;
      // three new lines per turn; the old ones are the same objects, in place, and the old array kept its length
      expect(state.transcript.length).toBe(previous.transcript.length + 3);
      expect(previous.transcript.length).toBe(1 + 3 * turn);
      expect(state.transcript[0]).toBe(previous.transcript[0]);
      expect(state.transcript[previous.transcript.length - 1]).toBe(previous.transcript[previous.transcript.length - 1]);
    }
    expect(state.status).toBe("waiting_input");
    // replace every old entry with one that counts reads: one more turn must read none of them
    let reads = 0;
    const watched = state.transcript.map((line) => {
      const spy: TranscriptEntry = { ...line };
      for (const [key, value] of Object.entries(line)) {
        Object.defineProperty(spy, key, {
          enumerable: true,
          get: () => {
            reads++;
            return value;
          },
        });
      }
      return spy;
    });
    const frozen = deepFreeze({ ...state, transcript: watched });
    reads = 0; // freezing read them
    const next = step(bundle, frozen, { type: "user_message", text: "billing", at: AT });
    expect(reads).toBe(0);
    expect(next.state.transcript).toHaveLength(30_001 + 3);
    expect(next.state.transcript[30_000]).toBe(watched[30_000]);
  });
});

function sortedKeys(_key: string, value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
