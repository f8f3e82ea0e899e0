import type { RuntimeBundle } from "./bundle-types";
import { executorOf } from "./executors";
import { endConversation, proceed } from "./flow-control";
import { defaultHandoffNodeId, isOpen, leaveUnavailable, markHandoff } from "./handoff";
import { normalizeText, trainClassifier } from "./nlu";
import { asksForPerson } from "./nlu/live-agent";
import { isNegativeNormalized } from "./nlu/sentiment";
import { hasLiveAgentPhrase, prepare, type ClassifierFactory } from "./prepared";
import { readEvent } from "./read-event";
import { interpolate } from "./template";
import { appendLine, issue, nodeById, notice, ownCounters, ownHandoff, record, say, setVariable, type Turn } from "./turn";
import type { ConversationState, RuntimeEvent, StepResult } from "./types";

export type { ClassifierFactory } from "./prepared";

export interface StepOptions {
  /** Replaces the built-in classifier (lib/runtime/nlu) for every intent node. */
  classifier?: ClassifierFactory;
}

/**
 * The interpreter: applies one event to a conversation and returns the next state plus what to
 * show (outputs), what the host must do (effects) and what happened (trace). Pure and
 * deterministic — no clock, no randomness, no I/O — and it never throws: a bad event or a
 * broken bundle gives an `error` trace entry and the state unchanged (or error-handled).
 *
 * The caller's state is never changed; the next state shares every part this turn did not change
 * with it (copy-on-write), so treat states as immutable values: copy a state before changing it.
 */
export function step(bundle: RuntimeBundle, state: ConversationState, event: RuntimeEvent, options?: StepOptions): StepResult {
  // bundles compiled before language packs existed have none (a Baton server reads them as English)
  if (!bundle.language) return failed(state, "no_language", "The bundle has no language pack (`language`): export it again from Baton");
  const turn: Turn = {
    bundle,
    prepared: prepare(bundle),
    classifierFactory: options?.classifier ?? trainClassifier,
    draft: copyState(state),
    base: state,
    at: "",
    outputs: [],
    effects: [],
    trace: [],
    visits: 0,
    budgetSpent: false,
  };
  const read = readEvent(event);
  // an invalid event changes nothing: the error is its whole result
  if (typeof read === "string") record(turn, { type: "error", nodeId: state.nodeId, code: "invalid_event", message: read });
  else {
    turn.at = read.at;
    try {
      apply(turn, read);
    } catch (error) {
      return failed(state, "internal", error instanceof Error ? error.message : String(error));
    }
  }
  if (turn.draft.status !== state.status) turn.outputs.push({ type: "status", status: turn.draft.status });
  return { state: turn.draft, outputs: turn.outputs, effects: turn.effects, trace: turn.trace };
}

/** A step that changed nothing: an unchanged copy of the state and the error. */
function failed(state: ConversationState, code: string, message: string): StepResult {
  return { state: { ...state }, outputs: [], effects: [], trace: [{ type: "error", nodeId: state.nodeId, code, message }] };
}

/**
 * A shallow copy of the state, field by field: every copy then has one shape, so the turn's many
 * reads and writes of it stay monomorphic (a spread of states of several shapes — initial,
 * stepped, parsed from JSON — went through V8's slow generic clone, about a tenth of a turn).
 */
function copyState(state: ConversationState): ConversationState {
  return {
    version: state.version,
    bundleHash: state.bundleHash,
    status: state.status,
    nodeId: state.nodeId,
    awaiting: state.awaiting,
    pending: state.pending,
    variables: state.variables,
    transcript: state.transcript,
    counters: state.counters,
    lastMessage: state.lastMessage,
    handoff: state.handoff,
    lastIntent: state.lastIntent,
    failedNodeId: state.failedNodeId,
    trigger: state.trigger,
  };
}

function apply(turn: Turn, event: RuntimeEvent): void {
  const { draft: state } = turn;
  if (state.status === "ended") return ignore(turn, event, "conversation_ended");
  switch (event.type) {
    case "start": {
      if (state.nodeId !== null) return ignore(turn, event, "already_started");
      return proceed(turn, null, { goto: turn.bundle.startNodeId });
    }
    case "user_message":
      return userText(turn, event, event.text, false);
    case "user_action":
      if (event.action === "talk_to_person") return talkToPerson(turn, event);
      return userText(turn, event, event.action.quickReply, true);
    case "effect_result": {
      const pending = state.pending;
      if (state.status !== "waiting_effect" || !pending || pending.id !== event.effectId) return ignore(turn, event, "not_awaited");
      const node = nodeById(turn, pending.nodeId);
      state.pending = null;
      state.status = "active";
      const onEffect = node ? executorOf(node.kind).onEffect : undefined;
      if (!node || !onEffect) return endConversation(turn, pending.nodeId);
      return proceed(turn, node, onEffect(node, turn, { ...event.result }, pending));
    }
    case "agent_accepted": {
      const handoff = state.handoff?.status === "queued" ? ownHandoff(turn) : null;
      if (!handoff) return ignore(turn, event, "not_queued");
      handoff.agentName = event.agentName;
      state.status = "with_agent";
      markHandoff(turn, "assigned");
      const node = nodeById(turn, handoff.nodeId);
      const text = node?.kind === "handoff" ? node.config.messages.connected : turn.bundle.language.texts.agentJoined;
      return notice(turn, interpolate(text, { ...state.variables, agent: event.agentName }), handoff.nodeId);
    }
    case "agent_message":
      if (state.status !== "with_agent") return ignore(turn, event, "no_agent");
      turn.outputs.push({ type: "message", from: "agent", text: event.text });
      appendLine(turn, { from: "agent", text: event.text, at: event.at });
      return;
    case "agent_resolved":
    case "agent_handed_back":
    case "handoff_timeout":
      return closeHandoff(turn, event);
  }
}

function ignore(turn: Turn, event: RuntimeEvent, reason: string): void {
  record(turn, { type: "event_ignored", nodeId: turn.draft.nodeId, event: event.type, reason });
}

/** Resolve, hand back or time out the open handoff, and continue on the Handoff node's port. */
function closeHandoff(
  turn: Turn,
  event: Extract<RuntimeEvent, { type: "agent_resolved" | "agent_handed_back" | "handoff_timeout" }>,
): void {
  const { draft: state } = turn;
  const shared = state.handoff;
  const node = nodeById(turn, shared?.nodeId);
  if (!shared || node?.kind !== "handoff" || (state.status !== "queued" && state.status !== "with_agent")) return ignore(turn, event, "no_open_handoff");
  if (event.type === "handoff_timeout" && (shared.status !== "queued" || shared.id !== event.handoffId)) return ignore(turn, event, "stale_timeout");
  state.status = "active";
  if (event.type === "handoff_timeout") {
    issue(turn, node.id, { type: "cancel_handoff", handoffId: shared.id, queue: shared.queue, reason: "timeout" }, false);
    return proceed(turn, node, leaveUnavailable(node, turn, "timed_out"));
  }
  const handoff = ownHandoff(turn);
  if (handoff && event.note !== undefined) handoff.note = event.note;
  if (event.type === "agent_resolved") {
    markHandoff(turn, "resolved");
    return proceed(turn, node, { port: "resolved" });
  }
  markHandoff(turn, "handed_back");
  setVariable(turn, node.id, "handoff_note", event.note);
  return proceed(turn, node, { port: "handed_back" });
}

/** A user message (or picked quick reply): relay to the agent, or check triggers, then the node. */
function userText(turn: Turn, event: RuntimeEvent, raw: string, picked: boolean): void {
  const { draft: state, bundle } = turn;
  const text = raw.slice(0, 4000);
  if (state.status === "queued" || state.status === "with_agent") {
    appendLine(turn, { from: "user", text, at: turn.at });
    if (state.handoff) issue(turn, state.handoff.nodeId, { type: "deliver_to_agent", handoffId: state.handoff.id, text }, false);
    return;
  }
  const awaiting = state.awaiting;
  const node = nodeById(turn, awaiting?.nodeId);
  if (state.status !== "waiting_input" || !awaiting || !node) return ignore(turn, event, "not_waiting_for_input");
  appendLine(turn, { from: "user", text, at: turn.at });
  const { liveAgent, frustration } = bundle.settings;
  const frustrationChecked = !picked && frustration.enabled;
  // normalised once for every check below; the classifier's normalisation finds it remembered
  const head = liveAgent.enabled || frustrationChecked ? normalizeText(text.slice(0, 2000)) : "";
  if (liveAgent.enabled && (hasLiveAgentPhrase(turn.prepared, head) || asksForPerson(head, turn.prepared.lang))) {
    return handOver(turn, "user_request", node.id);
  }
  if (frustrationChecked) {
    const normal = text.length > 2000 ? normalizeText(text) : head;
    const { repeat, negative } = state.counters;
    const repeats = normal && normal === state.lastMessage ? repeat + 1 : 1;
    const negatives = isNegativeNormalized(head, text, turn.prepared.lang) ? negative + 1 : negative;
    if (repeats !== repeat || negatives !== negative) {
      const counters = ownCounters(turn);
      counters.repeat = repeats;
      counters.negative = negatives;
    }
    state.lastMessage = normal;
    if (repeats >= frustration.repeatLimit || negatives >= frustration.negativeLimit) return handOver(turn, "frustration", node.id);
  }
  const onInput = executorOf(node.kind).onInput;
  if (!onInput) return endConversation(turn, node.id);
  state.awaiting = null;
  state.status = "active";
  proceed(turn, node, onInput(node, turn, text, awaiting));
}

/** The "Talk to a person" action: a user_request from wherever the conversation is. */
function talkToPerson(turn: Turn, event: RuntimeEvent): void {
  const { draft: state, bundle } = turn;
  if (!bundle.settings.liveAgent.enabled) {
    const reason = bundle.settings.liveAgent.disabledReason || bundle.language.texts.liveAgentOff;
    notice(turn, reason);
    return ignore(turn, event, "live_agent_disabled");
  }
  if (isOpen(state.handoff)) {
    say(turn, bundle.language.texts.alreadyConnected, undefined, [], "system");
    return ignore(turn, event, "handoff_open");
  }
  if (state.status !== "waiting_input" || !state.nodeId) return ignore(turn, event, "not_waiting_for_input");
  appendLine(turn, { from: "user", text: bundle.language.texts.talkToPerson, at: turn.at });
  handOver(turn, "user_request", state.nodeId);
}

/** Fires a trigger while the bot waits for input; without a Handoff node the wait continues. */
function handOver(turn: Turn, trigger: "user_request" | "frustration", nodeId: string): void {
  const { draft: state } = turn;
  if (defaultHandoffNodeId(turn.bundle) === null) {
    record(turn, { type: "trigger_fired", nodeId, trigger, target: null });
    record(turn, { type: "error", nodeId, code: "no_handoff_node", message: "The flow has no Handoff node" });
    return notice(turn, turn.bundle.language.texts.noHandoffNode);
  }
  state.awaiting = null;
  state.status = "active";
  proceed(turn, nodeById(turn, nodeId) ?? null, { trigger, nodeId });
}
