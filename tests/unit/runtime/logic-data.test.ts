import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonValueSchema } from "@/lib/flow";
import { evaluateLogic, initialState, type ConversationState, type JsonValue } from "@/lib/runtime";
import { evaluateIn } from "@/lib/runtime/json-logic";
import { logicData } from "@/lib/runtime/turn";
import { flow } from "./helpers";

const bundle = flow([{ id: "start", kind: "start" }], []);
const names = fc.constantFrom("plan", "customer", "customer.name", "intent", "trigger", "node", "a.b", "a", "b", "0", "");
const json = fc.jsonValue({ maxDepth: 2 }).map((value) => jsonValueSchema.parse(value));
const nested = fc.oneof(json, fc.dictionary(names, json, { maxKeys: 3 }), fc.array(json, { maxLength: 2 }));
const paths = fc.oneof(names, fc.tuple(names, names).map(([a, b]) => `${a}.${b}`), fc.tuple(names, names, names).map((parts) => parts.join(".")));

const states = fc
  .record({
    variables: fc.dictionary(names, nested, { maxKeys: 5 }),
    intent: fc.constantFrom(null, "refund"),
    trigger: fc.constantFrom(null, "no_match" as const),
    handoffTrigger: fc.constantFrom(null, "explicit" as const),
    nodeId: fc.constantFrom(null, "menu"),
  })
  .map(({ variables, intent, trigger, handoffTrigger, nodeId }): ConversationState => ({
    ...initialState(bundle),
    variables,
    nodeId,
    lastIntent: intent === null ? null : { intent, score: 0.9 },
    trigger: trigger === null ? null : { trigger, nodeId: "menu" },
    handoff:
      handoffTrigger === null
        ? null
        : { id: "h1", queue: "support", trigger: handoffTrigger, nodeId: "h", triggerNodeId: "menu", priority: "normal", status: "queued" },
  }));
const extras = fc.option(fc.dictionary(names, json, { maxKeys: 2 }), { nil: undefined });

/** What conditions and routing rules read, built the obvious way: one merged copy. */
function merged(state: ConversationState, extra: { [name: string]: JsonValue } = {}): { [name: string]: JsonValue } {
  return {
    ...state.variables,
    intent: state.lastIntent?.intent ?? null,
    trigger: state.trigger?.trigger ?? state.handoff?.trigger ?? null,
    node: state.nodeId,
    ...extra,
  };
}

describe("conditions read the conversation in place", () => {
  it("var, missing and whole-data reads equal those over a merged copy of variables, intent, trigger and node", () => {
    fc.assert(
      fc.property(states, extras, fc.array(paths, { minLength: 1, maxLength: 3 }), (state, extra, read) => {
        const rules: JsonValue[] = [{ var: read[0] ?? "" }, { var: [read[0] ?? "", "fallback"] }, { missing: read }, { var: "" }, { cat: read.map((path) => ({ var: path })) }];
        for (const rule of rules) {
          expect(evaluateIn(rule, logicData(state, extra))).toEqual(evaluateLogic(rule, merged(state, extra)));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("a variable named like a dot path wins over the path; intent, trigger and node override variables", () => {
    const state: ConversationState = { ...initialState(bundle), variables: { "a.b": 1, a: { b: 2 }, intent: "mine" }, lastIntent: { intent: "refund", score: 1 } };
    expect(evaluateIn({ var: "a.b" }, logicData(state))).toBe(1);
    expect(evaluateIn({ var: "intent" }, logicData(state))).toBe("refund");
    expect(evaluateIn({ var: "node" }, logicData(state, { node: "elsewhere" }))).toBe("elsewhere");
  });
});
