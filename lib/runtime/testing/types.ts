import type { JsonValue } from "../bundle-types";
import type { SimulatedWorld } from "../hosts/simulated";
import type { ConversationStatus, HandoffStatus, HandoffTrigger } from "../types";

/**
 * What the agent does in a test step: accept (optionally with a name), reply, resolve (optionally
 * with a note), hand back with a note, or let the wait time out.
 */
export type AgentStep =
  | "accept"
  | "resolve"
  | "timeout"
  | { accept: string }
  | { reply: string }
  | { resolve: string }
  | { hand_back: string };

/**
 * What must be true at this point. `bot` matches any bot or system message since the last
 * user/agent step (exact text, or `/regex/flags`); the others look at the conversation now.
 */
export interface Expectation {
  bot?: string;
  /** The node the conversation is at. */
  node?: string;
  /** The latest handoff; `null` = no handoff so far. `outcome` is its status. */
  handoff?: { trigger?: HandoffTrigger; queue?: string; outcome?: HandoffStatus } | null;
  /** A ticket (callback) reference was given to the user (or, with false, was not). */
  ticket?: boolean;
  callback?: boolean;
  /** Each listed variable equals the value (deep equality). */
  variables?: { [name: string]: JsonValue };
  status?: ConversationStatus;
}

/** One step of a test: the user speaks or acts, the agent acts, or an expectation is checked. */
export type TestStep =
  | { user: string }
  | { action: "talk_to_person" }
  | { quickReply: string }
  | { agent: AgentStep }
  | { expect: Expectation };

/**
 * A repeatable conversation: the simulated world it runs in and the steps, written by hand or
 * saved from the preview. JSON Schema: public/schema/test-case.v1.json.
 */
export interface ConversationTestCase {
  name: string;
  description?: string;
  world?: SimulatedWorld;
  steps: TestStep[];
}

/** One failed expectation: the step's index (0-based), what it wanted and what happened. */
export interface TestFailure {
  step: number;
  expected: string;
  actual: string;
}

export interface TestCaseResult {
  name: string;
  pass: boolean;
  failures: TestFailure[];
  transcript: { from: string; text: string; at: string }[];
}
