import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { conversationTestCaseSchema } from "@/lib/flow/test-case";
import { readTestCase, runTestCase } from "@/lib/runtime";
import { acmeBundle, root } from "./helpers";

const dir = path.join(root, "tests/fixtures/cases/acme-support");
const cases = readdirSync(dir).filter((name) => name.endsWith(".json")).sort();
const load = (name: string): unknown => JSON.parse(readFileSync(path.join(dir, name), "utf8"));

describe("acme-support conversation test cases", () => {
  it("cover every trigger, both availability outcomes, tickets, callbacks, hand back and webhook failure", () => {
    const text = cases.map((name) => readFileSync(path.join(dir, name), "utf8")).join("\n");
    for (const needle of ['"explicit"', '"user_request"', '"no_match"', '"error"', '"frustration"', '"unavailable"', '"timed_out"', '"resolved"', '"handed_back"', '"ticket": true', '"callback": true', '"status": 500', '"timeout": true']) {
      expect(text, needle).toContain(needle);
    }
  });

  it.each(cases)("%s passes and matches the zod schema", async (name) => {
    const testCase = load(name);
    expect(conversationTestCaseSchema.safeParse(testCase).success).toBe(true);
    const result = await runTestCase(acmeBundle(), testCase);
    expect(result.failures).toEqual([]);
    expect(result.pass).toBe(true);
    expect(result.transcript.length).toBeGreaterThan(1);
  });
});

describe("runTestCase failures", () => {
  it("reports each unmet expectation with its step and what happened", async () => {
    const result = await runTestCase(acmeBundle(), {
      name: "wrong",
      steps: [
        { user: "I want a refund" },
        { expect: { bot: "/nonsense/", handoff: { trigger: "no_match" }, status: "ended", variables: { x: 1 } } },
        { quickReply: "Nope" },
      ],
    });
    expect(result.pass).toBe(false);
    expect(result.failures.map((failure) => failure.step)).toEqual([1, 1, 1, 1, 2]);
    expect(result.failures[0]).toMatchObject({ expected: 'bot says "/nonsense/"', actual: expect.stringContaining("billing team") });
    expect(result.failures[2]).toMatchObject({ expected: "handoff trigger no_match", actual: "handoff trigger explicit, queue billing, outcome queued" });
    expect(result.failures[4]).toMatchObject({ expected: 'a quick reply "Nope"' });
  });

  it("refuses malformed cases with readable problems, the same ones zod refuses", async () => {
    const bad = { name: "", steps: [{ user: 1 }, { agent: "dance" }, { expect: { colour: "red" } }, {}], world: { queues: { support: { agents: "maybe" } } } };
    const read = readTestCase(bad);
    expect("problems" in read && read.problems).toEqual([
      "name: required text",
      "world.queues.support.agents: online, offline or busy",
      "steps[0].user: must be text",
      'steps[1].agent: one of "accept", "resolve", "timeout", { accept | reply | resolve | hand_back: text }',
      "steps[2].expect: unknown colour (use bot, node, handoff, ticket, callback, variables, status)",
      "steps[3]: needs exactly one of user, action, quickReply, agent, expect",
    ]);
    expect(conversationTestCaseSchema.safeParse(bad).success).toBe(false);
    const result = await runTestCase(acmeBundle(), bad);
    expect(result.failures[0]).toMatchObject({ step: -1 });
  });
});
