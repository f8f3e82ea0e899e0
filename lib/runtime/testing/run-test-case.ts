import type { JsonValue, RuntimeBundle } from "../bundle-types";
import { createConversation, type Interaction } from "../driver";
import { createSimulatedHost } from "../hosts/simulated";
import type { StepOptions } from "../step";
import type { Output } from "../types";
import { readTestCase } from "./read-test-case";
import type { AgentStep, Expectation, TestCaseResult, TestFailure } from "./types";

/**
 * Runs a conversation test case (see `ConversationTestCase`) against a bundle in its simulated
 * world and reports every expectation that did not hold. A case whose shape is wrong fails with
 * its problems at step -1. Runs are deterministic: the world's clock ticks per event.
 */
export async function runTestCase(bundle: RuntimeBundle, value: unknown, options: StepOptions = {}): Promise<TestCaseResult> {
  const read = readTestCase(value);
  if ("problems" in read) {
    const name = typeof value === "object" && value !== null && "name" in value && typeof value.name === "string" ? value.name : "(unnamed)";
    return { name, pass: false, failures: read.problems.map((actual) => ({ step: -1, expected: "a valid test case", actual })), transcript: [] };
  }
  const { testCase } = read;
  const host = createSimulatedHost(JSON.parse(JSON.stringify(testCase.world ?? {})));
  const conversation = createConversation(bundle, host, options);
  const failures: TestFailure[] = [];
  let recent: Output[] = (await conversation.start()).outputs;
  const all: Output[] = [...recent];
  const act = async (interaction: Promise<Interaction>) => {
    recent = (await interaction).outputs;
    all.push(...recent);
  };
  for (const [index, step] of testCase.steps.entries()) {
    if ("user" in step) await act(conversation.send(step.user));
    else if ("action" in step) await act(conversation.send({ action: step.action }));
    else if ("agent" in step) await act(agentAct(conversation, step.agent));
    else if ("quickReply" in step) {
      const reply = findQuickReply(all, step.quickReply);
      if (reply === undefined) failures.push({ step: index, expected: `a quick reply "${step.quickReply}"`, actual: quickRepliesShown(all) });
      else await act(conversation.send({ action: { quickReply: reply } }));
    } else failures.push(...check(step.expect, conversation.state, recent).map((failure) => ({ step: index, ...failure })));
  }
  const transcript = conversation.transcript.map(({ from, text, at }) => ({ from, text, at }));
  return { name: testCase.name, pass: failures.length === 0, failures, transcript };
}

function agentAct(conversation: ReturnType<typeof createConversation>, agent: AgentStep): Promise<Interaction> {
  if (agent === "accept") return conversation.agentAccept("Alex");
  if (agent === "resolve") return conversation.agentResolve();
  if (agent === "timeout") return conversation.handoffTimeout();
  if ("accept" in agent) return conversation.agentAccept(agent.accept);
  if ("reply" in agent) return conversation.agentReply(agent.reply);
  if ("resolve" in agent) return conversation.agentResolve(agent.resolve);
  return conversation.agentHandBack(agent.hand_back);
}

type State = ReturnType<typeof createConversation>["state"];

function check(expect: Expectation, state: State, recent: Output[]): Omit<TestFailure, "step">[] {
  const failures: Omit<TestFailure, "step">[] = [];
  const fail = (expected: string, actual: string) => failures.push({ expected, actual });
  if (expect.bot !== undefined) {
    const said = recent.flatMap((output) => (output.type === "message" && output.from !== "agent" ? [output.text] : []));
    if (!said.some((text) => matchesText(expect.bot ?? "", text))) fail(`bot says ${JSON.stringify(expect.bot)}`, said.length ? said.map((t) => JSON.stringify(t)).join(" | ") : "(the bot said nothing)");
  }
  if (expect.node !== undefined && state.nodeId !== expect.node) fail(`at node "${expect.node}"`, `at node "${state.nodeId ?? "(none)"}"`);
  if (expect.status !== undefined && state.status !== expect.status) fail(`status ${expect.status}`, `status ${state.status}`);
  if (expect.handoff === null && state.handoff) fail("no handoff", `handoff ${describe(state.handoff)}`);
  if (expect.handoff) {
    const { trigger, queue, outcome } = expect.handoff;
    const handoff = state.handoff;
    const wanted = describe({ trigger, queue, status: outcome });
    if (!handoff) fail(`handoff ${wanted}`, "no handoff");
    else if ((trigger && handoff.trigger !== trigger) || (queue && handoff.queue !== queue) || (outcome && handoff.status !== outcome)) {
      fail(`handoff ${wanted}`, `handoff ${describe(handoff)}`);
    }
  }
  for (const [key, variable] of [["ticket", "ticket_ref"], ["callback", "callback_ref"]] as const) {
    const wanted = expect[key];
    const reference = state.variables[variable];
    if (wanted !== undefined && wanted !== (typeof reference === "string" && reference !== "")) {
      fail(wanted ? `a ${key} reference` : `no ${key}`, wanted ? `no ${key} reference` : `${key} ${String(reference)}`);
    }
  }
  for (const [name, value] of Object.entries(expect.variables ?? {})) {
    const actual = state.variables[name];
    if (JSON.stringify(sorted(actual ?? null)) !== JSON.stringify(sorted(value)) || actual === undefined) {
      fail(`${name} = ${JSON.stringify(value)}`, actual === undefined ? `${name} is not set` : `${name} = ${JSON.stringify(actual)}`);
    }
  }
  return failures;
}

/** Exact text (trimmed), or `/regex/flags`. */
export function matchesText(pattern: string, text: string): boolean {
  const regex = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
  if (regex) {
    try {
      return new RegExp(regex[1] ?? "", regex[2]).test(text);
    } catch {
      return false;
    }
  }
  return pattern.trim() === text.trim();
}

function findQuickReply(outputs: Output[], label: string): string | undefined {
  const wanted = label.trim().toLowerCase();
  for (let i = outputs.length - 1; i >= 0; i--) {
    const output = outputs[i];
    if (output?.type !== "message" || !output.quickReplies?.length) continue;
    const reply = output.quickReplies.find((candidate) => candidate.label.trim().toLowerCase() === wanted);
    if (reply) return reply.value ?? reply.label;
  }
  return undefined;
}

function quickRepliesShown(outputs: Output[]): string {
  const last = outputs.findLast((output) => output.type === "message" && output.quickReplies?.length);
  return last?.type === "message" && last.quickReplies ? `quick replies ${last.quickReplies.map((r) => JSON.stringify(r.label)).join(", ")}` : "no quick replies shown";
}

function describe(handoff: { trigger?: string | undefined; queue?: string | undefined; status?: string | undefined }): string {
  return [handoff.trigger && `trigger ${handoff.trigger}`, handoff.queue && `queue ${handoff.queue}`, handoff.status && `outcome ${handoff.status}`].filter(Boolean).join(", ");
}

function sorted(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== "object") return value;
  const out: { [key: string]: JsonValue } = {};
  for (const key of Object.keys(value).sort()) out[key] = sorted(value[key] ?? null);
  return out;
}
