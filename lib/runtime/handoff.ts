import type { BundleNodeOf, JsonValue, LanguageTexts, RuntimeBundle } from "./bundle-types";
import { evaluateIn, truthy } from "./json-logic";
import { interpolate } from "./template";
import { issue, logicData, notice, ownCounters, ownHandoff, readNumber, record, STOP, type Outcome, type Turn } from "./turn";
import type { ContextCard, HandoffRecord, HandoffStatus, HandoffTrigger, PendingEffect } from "./types";

type HandoffNode = BundleNodeOf<"handoff">;

/**
 * Steps 1–2 of the protocol on entering a Handoff node: record the trigger (explicit unless one
 * is on its way here), route to a queue, and ask the host whether that queue can take the user.
 */
export function startHandoff(node: HandoffNode, turn: Turn): Outcome {
  const { draft: state } = turn;
  if (isOpen(state.handoff)) {
    record(turn, { type: "event_ignored", nodeId: node.id, event: "handoff", reason: "handoff_open" });
    return STOP;
  }
  const fired = state.trigger ?? { trigger: "explicit", nodeId: node.id };
  state.trigger = null;
  if (fired.trigger === "explicit") record(turn, { type: "trigger_fired", nodeId: node.id, trigger: "explicit", target: node.id });
  state.handoff = {
    id: `h${++ownCounters(turn).handoffs}`,
    queue: routeQueue(turn, node, fired.trigger, fired.nodeId),
    trigger: fired.trigger,
    nodeId: node.id,
    triggerNodeId: fired.nodeId,
    priority: node.config.priority,
    status: "checking",
  };
  markHandoff(turn, "checking");
  return issue(turn, node.id, { type: "check_availability", queue: state.handoff.queue });
}

/** Steps 3–4: available → enqueue and tell the user their place; otherwise `unavailable`. */
export function handoffEffect(node: HandoffNode, turn: Turn, result: { [key: string]: unknown }, pending: PendingEffect): Outcome {
  const handoff = ownHandoff(turn);
  if (!handoff) return { port: "unavailable" };
  if (pending.type === "check_availability") {
    if (result.ok === false || result.available !== true) return leaveUnavailable(node, turn, "unavailable");
    handoff.estimatedWaitSec = readNumber(result, "estimatedWaitSec");
    return issue(turn, node.id, {
      type: "enqueue_handoff",
      handoffId: handoff.id,
      queue: handoff.queue,
      trigger: handoff.trigger,
      priority: handoff.priority,
      waitTimeoutSec: node.config.waitTimeoutSec,
      context: contextCard(turn, node, handoff),
      transcript: turn.draft.transcript.slice(),
    });
  }
  if (result.ok !== true) return leaveUnavailable(node, turn, "unavailable");
  handoff.position = readNumber(result, "position") ?? 1;
  handoff.estimatedWaitSec = readNumber(result, "estimatedWaitSec") ?? handoff.estimatedWaitSec ?? 0;
  turn.draft.status = "queued";
  markHandoff(turn, "queued");
  const extra = { position: handoff.position, wait: formatWait(handoff.estimatedWaitSec, turn.bundle.language.texts), queue: handoff.queue };
  notice(turn, interpolate(node.config.messages.connecting, { ...turn.draft.variables, ...extra }), node.id);
  return STOP;
}

/** Nobody can take the user (or nobody accepted in time): say so and leave through `unavailable`. */
export function leaveUnavailable(node: HandoffNode, turn: Turn, status: "unavailable" | "timed_out"): Outcome {
  markHandoff(turn, status);
  notice(turn, interpolate(node.config.messages.unavailable, turn.draft.variables), node.id);
  return { port: "unavailable" };
}

/** Moves the current handoff to `status`, tracing it and telling the UI. */
export function markHandoff(turn: Turn, status: HandoffStatus): void {
  const handoff = ownHandoff(turn);
  if (!handoff) return;
  handoff.status = status;
  record(turn, { type: "handoff_status", nodeId: handoff.nodeId, handoffId: handoff.id, status, queue: handoff.queue });
  turn.outputs.push({ type: "handoff", handoff: { ...handoff } });
}

/** The node's queue, else the first routing rule that holds, else the flow's default queue. */
export function routeQueue(turn: Turn, node: HandoffNode, trigger: HandoffTrigger, triggerNodeId: string): string {
  if (node.config.queue) return node.config.queue;
  const data = logicData(turn.draft, { trigger, node: triggerNodeId });
  const rule = turn.bundle.settings.routing.find((candidate) => truthy(evaluateIn(candidate.when, data)));
  return rule?.queue || turn.bundle.settings.defaultQueue || "support";
}

/** The card the agent reads first: trigger, where, intent, chosen variables, summary, priority. */
export function contextCard(turn: Turn, node: HandoffNode, handoff: HandoffRecord): ContextCard {
  const { draft: state } = turn;
  const variables: { [name: string]: JsonValue } = {};
  for (const name of node.config.contextVariables) variables[name] = state.variables[name] ?? null;
  const userLines = state.transcript.filter((entry) => entry.from === "user");
  return {
    handoffId: handoff.id,
    trigger: handoff.trigger,
    nodeId: handoff.triggerNodeId,
    handoffNodeId: node.id,
    queue: handoff.queue,
    priority: handoff.priority,
    lastIntent: state.lastIntent,
    variables,
    summary: interpolate(node.config.summary, state.variables),
    conversation: {
      startedAt: state.transcript[0]?.at ?? null,
      userMessages: userLines.length,
      firstUserMessage: userLines[0]?.text ?? null,
      lastUserMessage: userLines.at(-1)?.text ?? null,
      noMatches: state.counters.noMatch,
      negativeMessages: state.counters.negative,
    },
  };
}

/** The Handoff node that takes user requests (and other triggers): the configured one, else the first. */
export function defaultHandoffNodeId(bundle: RuntimeBundle): string | null {
  const configured = bundle.settings.liveAgent.handoffNodeId;
  if (configured && bundle.nodes[configured]?.kind === "handoff") return configured;
  return Object.values(bundle.nodes).find((node) => node.kind === "handoff")?.id ?? null;
}

/** True while a handoff is being checked, waits in a queue, or is with an agent. */
export function isOpen(handoff: HandoffRecord | null): boolean {
  return handoff !== null && (handoff.status === "checking" || handoff.status === "queued" || handoff.status === "assigned");
}

/** In English: "less than a minute", "1 minute", "4 minutes", "2 hours". */
export function formatWait(seconds: number, texts: LanguageTexts): string {
  if (seconds < 60) return texts.waitUnderMinute;
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return minutes === 1 ? texts.waitMinute : interpolate(texts.waitMinutes, { n: minutes });
  return interpolate(texts.waitHours, { n: Math.round(minutes / 60) });
}
