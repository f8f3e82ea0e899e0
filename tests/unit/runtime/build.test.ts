import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileFlow, jsonValueSchema, type FlowDocumentInput } from "@/lib/flow";
import * as source from "@/lib/runtime/portable";
import { buildRuntime, orderForGzip, type RuntimeBuild } from "@/lib/tasks/build-runtime";
import { documentArbitrary, soundDocumentArbitrary } from "../flow/arbitraries";
import * as liveAgentCorpus from "../nlu/live-agent-corpus";
import { acmeBundle, AT, root } from "./helpers";
import { ENGLISH } from "@/lib/runtime/nlu/english";

let build: RuntimeBuild;
let work: string;
const node = (args: string[], input?: string) => spawnSync(process.execPath, args, { cwd: work, encoding: "utf8", input, timeout: 20_000 });

beforeAll(async () => {
  const out = mkdtempSync(path.join(tmpdir(), "baton-build-"));
  build = await buildRuntime({ outDir: out });
  // a directory with no node_modules anywhere above it that could help
  work = mkdtempSync(path.join(tmpdir(), "baton-cli-"));
  copyFileSync(path.join(out, "baton.mjs"), path.join(work, "baton.mjs"));
  for (const file of ["baton-runtime.mjs", "baton-runtime.d.ts", "baton-runtime.d.mts"]) copyFileSync(path.join(out, file), path.join(work, file));
  writeFileSync(path.join(work, "acme.bundle.json"), JSON.stringify(acmeBundle()));
  cpSync(path.join(root, "tests/fixtures/cases/acme-support"), path.join(work, "cases"), { recursive: true });
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(build.outDir, { recursive: true, force: true });
});

describe("built runtime and CLI", () => {
  it("keeps the interpreter (with NLU) small, in one file without imports", () => {
    // the goal, 12 KB min+gz (12,021 B when the language pack left the interpreter)
    expect(build.size.gzip).toBeLessThanOrEqual(12 * 1024);
    const code = readFileSync(path.join(work, "baton-runtime.mjs"), "utf8");
    expect(code).not.toMatch(/\bimport\s*[{(*"']|\brequire\(/);
    // the English words travel in bundles, not in the interpreter (a stray import would bring them back)
    for (const word of ["howdi", "sign out", "favourite", "flesh and blood", "frustrat*", "less than a minute"]) expect(code).not.toContain(word);
  });

  it("runs the demo's test cases with plain node and no node_modules: exit 0", () => {
    const result = node(["baton.mjs", "test", "acme.bundle.json", "cases"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/11 passed, 0 failed/);
    expect(result.status).toBe(0);
  });

  it("a broken case exits 1 with a readable first difference", () => {
    const testCase = JSON.parse(readFileSync(path.join(work, "cases/refund-handed-back.json"), "utf8"));
    testCase.steps[1].expect.handoff.queue = "support";
    writeFileSync(path.join(work, "broken.json"), JSON.stringify(testCase));
    const result = node(["baton.mjs", "test", "acme.bundle.json", "broken.json"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("✗ Explicit handoff to billing, handed back with a note");
    expect(result.stdout).toContain("step 2");
    expect(result.stdout).toContain("expected: handoff trigger explicit, queue support, outcome queued");
    expect(result.stdout).toContain("actual:   handoff trigger explicit, queue billing, outcome queued");
  });

  it("validate passes the demo bundle and fails a broken one; chat reads piped stdin", () => {
    expect(node(["baton.mjs", "validate", "acme.bundle.json"]).status).toBe(0);
    const broken = acmeBundle();
    const handoff = broken.nodes.refund_handoff;
    if (handoff) handoff.next.unavailable = null;
    writeFileSync(path.join(work, "broken.bundle.json"), JSON.stringify(broken));
    const invalid = node(["baton.mjs", "validate", "broken.bundle.json"]);
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toContain("[refund_handoff] Handoff has no unavailable path");
    const chat = node(["baton.mjs", "chat", "acme.bundle.json", "--agents", "offline"], "human please\n2\n+44 20 7946 0000\n1\n");
    expect(chat.status).toBe(0);
    expect(chat.stdout).toContain("Nobody from our support team is available right now.");
    expect(chat.stdout).toMatch(/Your reference is CB-2001/);
  });

  it("ships declarations that typecheck a consumer", () => {
    writeFileSync(
      path.join(work, "consumer.ts"),
      [
        'import { createConversation, initialState, step, type Host, type RuntimeBundle } from "./baton-runtime.mjs";',
        "declare const bundle: RuntimeBundle;",
        'const result = step(bundle, initialState(bundle), { type: "start", at: "2026-01-05T10:00:00Z" });',
        'const host: Host = { now: () => "2026-01-05T10:00:00Z", perform: async () => ({ ok: true }) };',
        'void createConversation(bundle, host).send("hi");',
        "export const count: number = result.outputs.length;",
      ].join("\n"),
    );
    const tsc = path.join(root, "node_modules/typescript/bin/tsc");
    const result = node([tsc, "--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "consumer.ts"]);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  }, 30_000);

  it("the minified interpreter answers every event exactly as the source does", async () => {
    // the terser pass runs with `unsafe` options: this is what shows they hold for this code
    const loaded: unknown = await import(pathToFileURL(path.join(work, "baton-runtime.mjs")).href);
    if (!exportsAllOf(loaded)) throw new Error("the built file lacks exports of lib/runtime/portable.ts");
    const built = loaded;
    const agree = (bundle: source.RuntimeBundle, makers: EventMaker[]) => {
      let state = source.initialState(bundle);
      expect(built.initialState(bundle)).toEqual(state);
      for (const make of [(): unknown => ({ type: "start", at: AT }), ...makers]) {
        const event: source.RuntimeEvent = JSON.parse(JSON.stringify(make(state) ?? null));
        const expected = source.step(bundle, state, event);
        expect(JSON.stringify(built.step(bundle, state, event))).toBe(JSON.stringify(expected));
        state = expected.state;
      }
    };
    const documents = fc.oneof(documentArbitrary(12), soundDocumentArbitrary(10));
    fc.assert(
      fc.property(documents, fc.array(eventMaker, { maxLength: 25 }), (document, makers) => {
        const bundle = compiled(document);
        fc.pre(bundle !== null);
        if (bundle) agree(bundle, makers);
      }),
      { numRuns: 150 },
    );
    const acme = acmeBundle();
    fc.assert(fc.property(fc.array(eventMaker, { maxLength: 40 }), (makers) => agree(acme, makers)), { numRuns: 150 });
    for (const text of Object.values(liveAgentCorpus).flat()) {
      expect(built.isLiveAgentRequest(text, ENGLISH)).toBe(source.isLiveAgentRequest(text, ENGLISH));
      expect(built.isNegativeMessage(text, ENGLISH)).toBe(source.isNegativeMessage(text, ENGLISH));
    }
    fc.assert(
      fc.property(texts, logicRule, (text, rule) => {
        expect(built.normalizeText(text)).toBe(source.normalizeText(text));
        expect(built.isNegativeMessage(text, ENGLISH)).toBe(source.isNegativeMessage(text, ENGLISH));
        const json = jsonValueSchema.parse(rule);
        expect(built.evaluateLogic(json, { a: 1, b: [2, "x"] })).toEqual(source.evaluateLogic(json, { a: 1, b: [2, "x"] }));
        for (const kind of ["text", "number", "email", "phone", "date"] as const) expect(built.validateAnswer(text, kind)).toEqual(source.validateAnswer(text, kind));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it("orders only function declarations for gzip, and keeps every statement", () => {
    const code = 'var a="x";function f(){return a+b}var b=a+"y";function g(){return"xy"+a}export{f,g};';
    const ordered = orderForGzip(code);
    const functions = /function [fg]\(\)\{[^}]*\}/g;
    expect(ordered.replace(functions, "")).toBe('var a="x";var b=a+"y";export{f,g};');
    expect(ordered.match(functions)?.sort()).toEqual(code.match(functions)?.sort());
  });
});

const texts = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "I want a refund", "human please", "where is my order", "12345", "1,5", "sam@example.com", "+44 20 7946 0000", "this is useless",
    "THIS IS NOT OK AT ALL", "no thanks", "Email me", "Call me back", "", "2024-02-29", "31/12/2023", "can't won't i'm café ß naïve",
  ),
);

/** JSONLogic rules: every operator, nested, over literals and variables. */
const { rule: logicRule } = fc.letrec((tie) => ({
  rule: fc.oneof(
    { depthSize: "small" },
    fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constantFrom({ var: "a" }, { var: "b.1" }, { var: ["c", 4] })),
    fc
      .record({
        op: fc.constantFrom("==", "===", "!=", "!==", ">", ">=", "<", "<=", "!", "!!", "and", "or", "if", "in", "var", "missing", "+", "-", "*", "/", "%", "cat", "min", "max"),
        args: fc.array(tie("rule"), { maxLength: 4 }),
      })
      .map(({ op, args }) => ({ [op]: args })),
  ),
}));

/** An event built against the current state (so effect results and timeouts often hit), or junk. */
type EventMaker = (state: source.ConversationState) => unknown;
const eventMaker: fc.Arbitrary<EventMaker> = fc.oneof(
  texts.map((text) => (): unknown => ({ type: "user_message", text, at: AT })),
  fc.constant((): unknown => ({ type: "user_action", action: "talk_to_person", at: AT })),
  texts.map((quickReply) => (): unknown => ({ type: "user_action", action: { quickReply }, at: AT })),
  fc
    .record({
      ok: fc.boolean(), available: fc.boolean(), status: fc.constantFrom(200, 404, 500), reference: fc.constantFrom("R-1", ""), timedOut: fc.boolean(),
      slots: fc.constantFrom([], [{ value: "2026-01-05T12:00:00Z", label: "Noon" }]), position: fc.nat(5), estimatedWaitSec: fc.nat(20_000), body: fc.jsonValue(),
    })
    .map((result) => (state: source.ConversationState): unknown => ({ type: "effect_result", effectId: state.pending?.id ?? "e1", result, at: AT })),
  fc.constant((): unknown => ({ type: "agent_accepted", agentName: "Sam", at: AT })),
  texts.map((text) => (): unknown => ({ type: "agent_message", text, at: AT })),
  fc.constant((): unknown => ({ type: "agent_resolved", at: AT })),
  texts.map((note) => (): unknown => ({ type: "agent_handed_back", note, at: AT })),
  fc.constant((state: source.ConversationState): unknown => ({ type: "handoff_timeout", handoffId: state.handoff?.id ?? "h1", at: AT })),
  fc.jsonValue().map((junk) => (): unknown => junk),
);

/** The built module exports every name lib/runtime/portable.ts does (it is built from it). */
function exportsAllOf(value: unknown): value is typeof source {
  return typeof value === "object" && value !== null && Object.keys(source).every((name) => name in value);
}

function compiled(document: FlowDocumentInput): source.RuntimeBundle | null {
  try {
    return compileFlow(document, { flowId: "p", version: 0 });
  } catch {
    return null;
  }
}
