import type { ConversationState, ConversationTestCase, Expectation, Output, SimulatedWorld, TestStep } from "@/lib/runtime";

/** Something the tester did in the preview, as a test step. */
export type ActionStep = Exclude<TestStep, { expect: Expectation }>;

/** One interaction of a preview conversation: what was done, what came out, where it stood after. */
export interface RecordedTurn {
  /** null for the conversation's start. */
  step: ActionStep | null;
  outputs: Output[];
  after: Pick<ConversationState, "status" | "nodeId" | "handoff">;
}

/**
 * Turns a preview conversation into a conversation test case in the runtime's format: the world,
 * each action as a step, and after it what a reviewer would check — every bot/system message
 * (exact text), the handoff (trigger, queue, outcome) when one moved, a ticket or callback
 * reference when one was given, the status, and at the end the node. Replayed by `runTestCase`
 * on the same bundle, it passes.
 */
export function chatToTestCase(input: { name: string; description?: string; world: SimulatedWorld; turns: readonly RecordedTurn[] }): ConversationTestCase {
  const steps: TestStep[] = [];
  input.turns.forEach((turn, index) => {
    if (turn.step) steps.push(turn.step);
    for (const output of turn.outputs) {
      if (output.type === "message" && output.from !== "agent") steps.push({ expect: { bot: exactText(output.text) } });
    }
    const expect: Expectation = {};
    const handoff = turn.after.handoff;
    if (handoff && turn.outputs.some((output) => output.type === "handoff")) {
      expect.handoff = { trigger: handoff.trigger, queue: handoff.queue, outcome: handoff.status };
    }
    if (turn.outputs.some((output) => output.type === "ticket")) expect.ticket = true;
    if (turn.outputs.some((output) => output.type === "callback")) expect.callback = true;
    expect.status = turn.after.status;
    if (index === input.turns.length - 1 && turn.after.nodeId) expect.node = turn.after.nodeId;
    steps.push({ expect });
  });
  const testCase: ConversationTestCase = { name: input.name, steps };
  if (input.description) testCase.description = input.description;
  if (Object.keys(input.world).length > 0) testCase.world = input.world;
  return testCase;
}

/**
 * The test format reads `/…/flags` as a regular expression; a message that happens to look like
 * one is matched as an anchored, escaped regex instead, so it still means "exactly this text".
 */
export function exactText(text: string): string {
  if (!/^\/.+\/[a-z]*$/s.test(text)) return text;
  return `/^${text.trim().replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$/`;
}

/** A test step in words, for the Tests tab's "first difference" ("step 4: user says …"). */
export function describeStep(step: TestStep | undefined): string {
  if (!step) return "the start of the conversation";
  if ("user" in step) return `user says ${JSON.stringify(step.user)}`;
  if ("action" in step) return "user clicks Talk to a person";
  if ("quickReply" in step) return `user picks ${JSON.stringify(step.quickReply)}`;
  if ("agent" in step) {
    const agent = step.agent;
    if (typeof agent === "string") return agent === "timeout" ? "the handoff wait times out" : `agent ${agent}s`;
    if ("accept" in agent) return `agent ${agent.accept} accepts`;
    if ("reply" in agent) return `agent replies ${JSON.stringify(agent.reply)}`;
    if ("resolve" in agent) return "agent resolves";
    return "agent hands back";
  }
  return "check";
}
