import type { BundleNode, JsonValue, QuickReply, RuntimeBundle } from "./bundle-types";
import type { Classifier } from "./nlu";
import type {
  AwaitedField, ConversationState, Effect, HandoffTrigger, Output, TraceEntry,
} from "./types";

/**
 * The working copy of one `step`: executors change `state` and append outputs, effects and
 * trace entries. `step` builds it from a clone, so the caller's state is never touched.
 */
export interface Turn {
  bundle: RuntimeBundle;
  state: ConversationState;
  at: string;
  outputs: Output[];
  effects: Effect[];
  trace: TraceEntry[];
  /** Nodes entered this turn (the step budget). */
  visits: number;
  /** The budget already fired the error trigger once this turn: the next overrun ends it. */
  budgetSpent: boolean;
  classifierFor(nodeId: string): Classifier;
}

/** What an executor asks the interpreter to do next. */
export type Outcome =
  /** Follow an output port (an unconnected one gets the protocol's default). */
  | { port: string }
  /** Enter a node directly; `retry` re-enters a waiting node without repeating its prompt. */
  | { goto: string; retry?: boolean }
  /** The answer was not understood: count it, then the no_match port or its defaults. */
  | { noMatch: true }
  /** Fire a handoff trigger that happened at `nodeId`. */
  | { trigger: HandoffTrigger; nodeId: string }
  | { end: true }
  /** The turn stops here: the executor set the status (waiting for input, an effect, an agent). */
  | { stop: true };

export const STOP: Outcome = { stop: true };

/** Removes `id` and `nodeId` from each member of the effect union. */
export type EffectBody = Effect extends infer E ? (E extends Effect ? Omit<E, "id" | "nodeId"> : never) : never;

export function record(turn: Turn, entry: TraceEntry): void {
  turn.trace.push(entry);
}

/** The bot (or the system) says something; empty text says nothing. */
export function say(
  turn: Turn,
  text: string,
  nodeId?: string,
  quickReplies: QuickReply[] = [],
  from: "bot" | "system" = "bot",
): void {
  if (!text.trim()) return;
  const output: Output = { type: "message", from, text };
  if (quickReplies.length) output.quickReplies = quickReplies;
  if (nodeId) output.nodeId = nodeId;
  turn.outputs.push(output);
  turn.state.transcript.push(nodeId ? { from, text, at: turn.at, nodeId } : { from, text, at: turn.at });
}

/**
 * Issues an effect with a deterministic id. Awaited effects park the conversation in
 * `waiting_effect` until the host answers; notifications do not.
 */
export function issue(turn: Turn, nodeId: string, body: EffectBody, awaited = true): Outcome {
  const id = `e${++turn.state.counters.effects}`;
  const effect: Effect = { ...body, id, nodeId };
  turn.effects.push(effect);
  record(turn, { type: "effect_issued", nodeId, effectId: id, effect: effect.type });
  if (!awaited) return STOP;
  turn.state.pending = { id, type: effect.type, nodeId };
  turn.state.status = "waiting_effect";
  return STOP;
}

/** Stops the turn to wait for the user's next message at `nodeId`. */
export function awaitInput(turn: Turn, nodeId: string, field: AwaitedField, choices?: QuickReply[]): Outcome {
  turn.state.status = "waiting_input";
  turn.state.awaiting = choices ? { nodeId, field, choices } : { nodeId, field };
  // a trigger that did not reach a Handoff node before the bot asked something has lapsed
  turn.state.trigger = null;
  return STOP;
}

export function setVariable(turn: Turn, nodeId: string, name: string, value: JsonValue): void {
  turn.state.variables[name] = value;
  record(turn, { type: "variable_set", nodeId, name });
}

/** Variables plus what routing rules and conditions may also read. */
export function logicData(turn: Turn, extra: { [name: string]: JsonValue } = {}): { [name: string]: JsonValue } {
  const { state } = turn;
  return {
    ...state.variables,
    intent: state.lastIntent?.intent ?? null,
    trigger: state.trigger?.trigger ?? state.handoff?.trigger ?? null,
    node: state.nodeId,
    ...extra,
  };
}

export function nodeById(turn: Turn, id: string | null | undefined): BundleNode | undefined {
  return id != null && Object.hasOwn(turn.bundle.nodes, id) ? turn.bundle.nodes[id] : undefined;
}

/** Reads a string property of an unknown value (effect results come from outside). */
export function readString(value: unknown, key: string): string | undefined {
  const field = isRecord(value) ? value[key] : undefined;
  return typeof field === "string" ? field : undefined;
}

export function readNumber(value: unknown, key: string): number | undefined {
  const field = isRecord(value) ? value[key] : undefined;
  return typeof field === "number" && Number.isFinite(field) ? field : undefined;
}

export function isRecord(value: unknown): value is { [key: string]: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The user was understood at `nodeId`: the no-match streak and its fallback attempts start over. */
export function understood(turn: Turn, nodeId: string): void {
  turn.state.counters.noMatch = 0;
  delete turn.state.counters.fallback[nodeId];
  turn.state.failedNodeId = null;
}

/** Puts quick replies under the last message of this turn (a reprompt keeps the choices visible). */
export function withQuickReplies(turn: Turn, quickReplies: QuickReply[]): void {
  const last = turn.outputs.findLast((output) => output.type === "message");
  if (last && last.type === "message" && quickReplies.length) last.quickReplies = quickReplies;
}
