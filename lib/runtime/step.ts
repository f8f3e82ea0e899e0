import type { RuntimeBundle } from "./bundle-types";
import { executorOf } from "./executors";
import { endConversation, proceed } from "./flow-control";
import { defaultHandoffNodeId, isOpen, leaveUnavailable, markHandoff } from "./handoff";
import { isLiveAgentRequest, isNegativeMessage, normalizeText, trainClassifier, type Classifier, type IntentTrainingData, type TrainOptions } from "./nlu";
import { readEvent } from "./read-event";
import { interpolate } from "./template";
import { issue, nodeById, record, say, setVariable, type Turn } from "./turn";
import type { ConversationState, RuntimeEvent, StepResult } from "./types";

/** Builds the classifier of one intent node; plug in your own NLU through `StepOptions`. */
export type ClassifierFactory = (intents: IntentTrainingData[], options: TrainOptions) => Classifier;

export interface StepOptions {
  /** Replaces the built-in classifier (lib/runtime/nlu) for every intent node. */
  classifier?: ClassifierFactory;
}

/**
 * The interpreter: applies one event to a conversation and returns the next state plus what to
 * show (outputs), what the host must do (effects) and what happened (trace). Pure and
 * deterministic — no clock, no randomness, no I/O — and it never throws: a bad event or a
 * broken bundle gives an `error` trace entry and the state unchanged (or error-handled).
 */
export function step(bundle: RuntimeBundle, state: ConversationState, event: RuntimeEvent, options: StepOptions = {}): StepResult {
  const turn: Turn = {
    bundle,
    state: JSON.parse(JSON.stringify(state)),
    at: "",
    outputs: [],
    effects: [],
    trace: [],
    visits: 0,
    budgetSpent: false,
    classifierFor: (nodeId) => classifierFor(bundle, nodeId, options.classifier ?? trainClassifier),
  };
  const read = readEvent(event);
  if (typeof read === "string") {
    record(turn, { type: "error", nodeId: state.nodeId, code: "invalid_event", message: read });
    return { state: turn.state, outputs: [], effects: [], trace: turn.trace };
  }
  turn.at = read.at;
  try {
    apply(turn, read);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { state: JSON.parse(JSON.stringify(state)), outputs: [], effects: [], trace: [{ type: "error", nodeId: state.nodeId, code: "internal", message }] };
  }
  if (turn.state.status !== state.status) turn.outputs.push({ type: "status", status: turn.state.status });
  return { state: turn.state, outputs: turn.outputs, effects: turn.effects, trace: turn.trace };
}

function apply(turn: Turn, event: RuntimeEvent): void {
  const { state } = turn;
  const ignore = (reason: string) => record(turn, { type: "event_ignored", nodeId: state.nodeId, event: event.type, reason });
  if (state.status === "ended") return ignore("conversation_ended");
  switch (event.type) {
    case "start": {
      if (state.nodeId !== null) return ignore("already_started");
      return proceed(turn, null, { goto: turn.bundle.startNodeId });
    }
    case "user_message":
      return userText(turn, event.text, false, ignore);
    case "user_action":
      if (event.action === "talk_to_person") return talkToPerson(turn, ignore);
      return userText(turn, event.action.quickReply, true, ignore);
    case "effect_result": {
      const pending = state.pending;
      if (state.status !== "waiting_effect" || !pending || pending.id !== event.effectId) return ignore("not_awaited");
      const node = nodeById(turn, pending.nodeId);
      state.pending = null;
      state.status = "active";
      const onEffect = node ? executorOf(node.kind).onEffect : undefined;
      if (!node || !onEffect) return endConversation(turn, pending.nodeId);
      return proceed(turn, node, onEffect(node, turn, { ...event.result }, pending));
    }
    case "agent_accepted": {
      const handoff = state.handoff;
      if (!handoff || handoff.status !== "queued") return ignore("not_queued");
      handoff.agentName = event.agentName;
      state.status = "with_agent";
      markHandoff(turn, "assigned");
      const node = nodeById(turn, handoff.nodeId);
      const text = node?.kind === "handoff" ? node.config.messages.connected : "{{agent}} has joined the conversation.";
      return say(turn, interpolate(text, { ...state.variables, agent: event.agentName }), handoff.nodeId, [], "system");
    }
    case "agent_message":
      if (state.status !== "with_agent") return ignore("no_agent");
      turn.outputs.push({ type: "message", from: "agent", text: event.text });
      state.transcript.push({ from: "agent", text: event.text, at: event.at });
      return;
    case "agent_resolved":
    case "agent_handed_back":
    case "handoff_timeout":
      return closeHandoff(turn, event, ignore);
  }
}

/** Resolve, hand back or time out the open handoff, and continue on the Handoff node's port. */
function closeHandoff(
  turn: Turn,
  event: Extract<RuntimeEvent, { type: "agent_resolved" | "agent_handed_back" | "handoff_timeout" }>,
  ignore: (reason: string) => void,
): void {
  const { state } = turn;
  const handoff = state.handoff;
  const node = nodeById(turn, handoff?.nodeId);
  if (!handoff || node?.kind !== "handoff" || (state.status !== "queued" && state.status !== "with_agent")) return ignore("no_open_handoff");
  if (event.type === "handoff_timeout" && (handoff.status !== "queued" || handoff.id !== event.handoffId)) return ignore("stale_timeout");
  state.status = "active";
  if (event.type === "handoff_timeout") {
    issue(turn, node.id, { type: "cancel_handoff", handoffId: handoff.id, queue: handoff.queue, reason: "timeout" }, false);
    return proceed(turn, node, leaveUnavailable(node, turn, "timed_out"));
  }
  if (event.note !== undefined) handoff.note = event.note;
  if (event.type === "agent_resolved") {
    markHandoff(turn, "resolved");
    return proceed(turn, node, { port: "resolved" });
  }
  markHandoff(turn, "handed_back");
  setVariable(turn, node.id, "handoff_note", event.note);
  return proceed(turn, node, { port: "handed_back" });
}

/** A user message (or picked quick reply): relay to the agent, or check triggers, then the node. */
function userText(turn: Turn, raw: string, picked: boolean, ignore: (reason: string) => void): void {
  const { state, bundle } = turn;
  const text = raw.slice(0, 4000);
  if (state.status === "queued" || state.status === "with_agent") {
    state.transcript.push({ from: "user", text, at: turn.at });
    if (state.handoff) issue(turn, state.handoff.nodeId, { type: "deliver_to_agent", handoffId: state.handoff.id, text }, false);
    return;
  }
  const awaiting = state.awaiting;
  const node = nodeById(turn, awaiting?.nodeId);
  if (state.status !== "waiting_input" || !awaiting || !node) return ignore("not_waiting_for_input");
  state.transcript.push({ from: "user", text, at: turn.at });
  const { liveAgent, frustration } = bundle.settings;
  if (liveAgent.enabled && isLiveAgentRequest(text, liveAgent.phrases)) return handOver(turn, "user_request", node.id);
  if (!picked && frustration.enabled) {
    const normal = normalizeText(text);
    state.counters.repeat = normal && normal === state.lastMessage ? state.counters.repeat + 1 : 1;
    state.lastMessage = normal;
    if (isNegativeMessage(text)) state.counters.negative++;
    if (state.counters.repeat >= frustration.repeatLimit || state.counters.negative >= frustration.negativeLimit) {
      return handOver(turn, "frustration", node.id);
    }
  }
  const onInput = executorOf(node.kind).onInput;
  if (!onInput) return endConversation(turn, node.id);
  state.awaiting = null;
  state.status = "active";
  proceed(turn, node, onInput(node, turn, text, awaiting));
}

/** The "Talk to a person" action: a user_request from wherever the conversation is. */
function talkToPerson(turn: Turn, ignore: (reason: string) => void): void {
  const { state, bundle } = turn;
  if (!bundle.settings.liveAgent.enabled) {
    const reason = bundle.settings.liveAgent.disabledReason || "Talking to a person isn't available here.";
    say(turn, reason, undefined, [], "system");
    return ignore("live_agent_disabled");
  }
  if (isOpen(state.handoff)) {
    say(turn, "You're already connected with our team; someone will answer here.", undefined, [], "system");
    return ignore("handoff_open");
  }
  if (state.status !== "waiting_input" || !state.nodeId) return ignore("not_waiting_for_input");
  state.transcript.push({ from: "user", text: "Talk to a person", at: turn.at });
  handOver(turn, "user_request", state.nodeId);
}

/** Fires a trigger while the bot waits for input; without a Handoff node the wait continues. */
function handOver(turn: Turn, trigger: "user_request" | "frustration", nodeId: string): void {
  const { state } = turn;
  if (defaultHandoffNodeId(turn.bundle) === null) {
    record(turn, { type: "trigger_fired", nodeId, trigger, target: null });
    record(turn, { type: "error", nodeId, code: "no_handoff_node", message: "The flow has no Handoff node" });
    return say(turn, "Sorry, nobody from our team can join this conversation.", undefined, [], "system");
  }
  state.awaiting = null;
  state.status = "active";
  proceed(turn, nodeById(turn, nodeId) ?? null, { trigger, nodeId });
}

const classifierFactories = new WeakMap<ClassifierFactory, WeakMap<RuntimeBundle, Map<string, Classifier>>>();

/** Trains each intent node's classifier once per bundle object (training is deterministic). */
function classifierFor(bundle: RuntimeBundle, nodeId: string, factory: ClassifierFactory): Classifier {
  const byBundle = classifierFactories.get(factory) ?? new WeakMap<RuntimeBundle, Map<string, Classifier>>();
  classifierFactories.set(factory, byBundle);
  const cache = byBundle.get(bundle) ?? new Map<string, Classifier>();
  byBundle.set(bundle, cache);
  const cached = cache.get(nodeId);
  if (cached) return cached;
  const node = bundle.nodes[nodeId];
  const intents = bundle.intents.filter((intent) => intent.nodeId === nodeId);
  const threshold = node?.kind === "intent" ? (node.config.threshold ?? bundle.settings.nluThreshold) : bundle.settings.nluThreshold;
  const outOfScope = node?.kind === "intent" ? node.config.outOfScope : [];
  const classifier = factory(intents, { outOfScope, threshold });
  cache.set(nodeId, classifier);
  return classifier;
}
