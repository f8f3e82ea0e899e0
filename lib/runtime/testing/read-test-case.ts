import { isRecord } from "../turn";
import type { ConversationTestCase } from "./types";

const STEP_KEYS = ["user", "action", "quickReply", "agent", "expect"];
const AGENT_WORDS = ["accept", "resolve", "timeout"];
const AGENT_KEYS = ["accept", "reply", "resolve", "hand_back"];
const EXPECT_KEYS = ["bot", "node", "handoff", "ticket", "callback", "variables", "status"];

/**
 * Checks a test case read from JSON, by hand (the runtime ships without zod): returns the case,
 * or the problems found, each naming where ("steps[3].agent: …").
 */
export function readTestCase(value: unknown): { testCase: ConversationTestCase } | { problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(value)) return { problems: ["a test case must be a JSON object"] };
  if (typeof value.name !== "string" || !value.name) problems.push("name: required text");
  if (value.description !== undefined && typeof value.description !== "string") problems.push("description: must be text");
  if (value.world !== undefined) problems.push(...worldProblems(value.world));
  if (!Array.isArray(value.steps)) problems.push("steps: required list");
  else value.steps.forEach((step: unknown, index: number) => problems.push(...stepProblems(step).map((p) => `steps[${index}]${p}`)));
  if (problems.length) return { problems };
  // every field was checked above; rebuilding it from JSON gives the typed value without a cast
  return { testCase: fromChecked(value) };
}

function stepProblems(step: unknown): string[] {
  if (!isRecord(step)) return [": must be an object"];
  const keys = Object.keys(step).filter((key) => STEP_KEYS.includes(key));
  if (keys.length !== 1) return [`: needs exactly one of ${STEP_KEYS.join(", ")}`];
  const { user, action, quickReply, agent, expect } = step;
  if ("user" in step && typeof user !== "string") return [".user: must be text"];
  if ("action" in step && action !== "talk_to_person") return ['.action: must be "talk_to_person"'];
  if ("quickReply" in step && typeof quickReply !== "string") return [".quickReply: must be the label (text)"];
  if ("agent" in step && !validAgent(agent)) return [`.agent: one of "accept", "resolve", "timeout", { ${AGENT_KEYS.join(" | ")}: text }`];
  if ("expect" in step) {
    if (!isRecord(expect)) return [".expect: must be an object"];
    const unknown = Object.keys(expect).filter((key) => !EXPECT_KEYS.includes(key));
    if (unknown.length) return [`.expect: unknown ${unknown.join(", ")} (use ${EXPECT_KEYS.join(", ")})`];
    for (const key of ["bot", "node", "status"]) if (expect[key] !== undefined && typeof expect[key] !== "string") return [`.expect.${key}: must be text`];
    for (const key of ["ticket", "callback"]) if (expect[key] !== undefined && typeof expect[key] !== "boolean") return [`.expect.${key}: must be true or false`];
    if (expect.variables !== undefined && !isRecord(expect.variables)) return [".expect.variables: must be an object"];
    if (expect.handoff !== undefined && expect.handoff !== null && !isRecord(expect.handoff)) return [".expect.handoff: must be an object or null"];
  }
  return [];
}

function validAgent(agent: unknown): boolean {
  if (typeof agent === "string") return AGENT_WORDS.includes(agent);
  if (!isRecord(agent)) return false;
  const keys = Object.keys(agent);
  return keys.length === 1 && AGENT_KEYS.includes(keys[0] ?? "") && typeof agent[keys[0] ?? ""] === "string";
}

function worldProblems(world: unknown): string[] {
  if (!isRecord(world)) return ["world: must be an object"];
  const problems: string[] = [];
  if (world.clock !== undefined && (typeof world.clock !== "string" || Number.isNaN(Date.parse(world.clock)))) problems.push("world.clock: must be an ISO time");
  if (world.queues !== undefined) {
    if (!isRecord(world.queues)) problems.push("world.queues: must be an object of queue names");
    else for (const [name, queue] of Object.entries(world.queues)) {
      if (!isRecord(queue) || !["online", "offline", "busy"].includes(String(queue.agents))) problems.push(`world.queues.${name}.agents: online, offline or busy`);
    }
  }
  if (world.webhooks !== undefined && (!Array.isArray(world.webhooks) || !world.webhooks.every((hook) => isRecord(hook) && typeof hook.match === "string"))) {
    problems.push("world.webhooks: a list of { match, status | timeout | json }");
  }
  if (world.agent !== undefined && (!isRecord(world.agent) || typeof world.agent.accept !== "boolean")) problems.push("world.agent.accept: true or false");
  return problems;
}

function fromChecked(value: unknown): ConversationTestCase {
  const parsed: ConversationTestCase = JSON.parse(JSON.stringify(value));
  return parsed;
}
