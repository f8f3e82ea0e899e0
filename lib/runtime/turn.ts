import type { BundleNode, JsonValue, QuickReply, RuntimeBundle } from "./bundle-types";
import type { LogicScope } from "./json-logic";
import type { ClassifierFactory, Prepared } from "./prepared";
import { interpolate, walk } from "./template";
import type {
  AwaitedField, ConversationState, Counters, Effect, HandoffRecord, HandoffTrigger, Output, TraceEntry, TranscriptEntry,
} from "./types";

/**
 * The working copy of one `step`: executors change `draft` (the next state) and append outputs,
 * effects and trace entries. `draft` starts as a shallow copy of the caller's state (`base`), so
 * its nested parts (variables, transcript, counters, handoff) are the caller's own: assign top-level
 * fields freely, but change a nested part only through `appendLine`, `setVariable`,
 * `ownCounters` or `ownHandoff`, which copy it before the turn's first write (a part that is no
 * longer `base`'s is the turn's own). A turn therefore costs what it changes, not the size of
 * the conversation, and the caller's state is never touched.
 */
export interface Turn {
  bundle: RuntimeBundle;
  /** What `step` computed once for this bundle object (classifiers, normalised phrases). */
  prepared: Prepared;
  /** Trains intent nodes' classifiers: the host's (`StepOptions.classifier`) or the built-in one. */
  classifierFactory: ClassifierFactory;
  /** Not `state`: a name no public object has lets the minifier shorten it (52 reads). */
  draft: ConversationState;
  /** The caller's state: read-only. */
  base: ConversationState;
  at: string;
  outputs: Output[];
  effects: Effect[];
  trace: TraceEntry[];
  /** Nodes entered this turn (the step budget). */
  visits: number;
  /** The budget already fired the error trigger once this turn: the next overrun ends it. */
  budgetSpent: boolean;
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
  // a printable first character already shows the text is not blank (trim is a call per line)
  const first = text.charCodeAt(0);
  if (!(first > 32 && first < 127) && !text.trim()) return;
  const output: Output = { type: "message", from, text };
  if (quickReplies.length) output.quickReplies = quickReplies;
  if (nodeId) output.nodeId = nodeId;
  turn.outputs.push(output);
  appendLine(turn, nodeId ? { from, text, at: turn.at, nodeId } : { from, text, at: turn.at });
}

/** The bot says a node's configured text with the conversation's `{{variables}}` filled in. */
export function tell(turn: Turn, template: string, nodeId: string, quickReplies?: QuickReply[]): void {
  say(turn, interpolate(template, turn.draft.variables), nodeId, quickReplies);
}

/** Asks for `field`: tells the node's text (with `choices` as quick replies) and waits for the answer. */
export function ask(turn: Turn, template: string, nodeId: string, field: AwaitedField, choices?: QuickReply[]): Outcome {
  tell(turn, template, nodeId, choices);
  return awaitInput(turn, nodeId, field, choices);
}

/** A system notice (not the bot speaking): handoff news, what is unavailable. */
export function notice(turn: Turn, text: string, nodeId?: string): void {
  say(turn, text, nodeId, [], "system");
}

/**
 * Adds a line to the transcript. The first line of a turn copies the array (its entries are
 * shared, never copied or read), so the caller's transcript keeps its length.
 */
export function appendLine(turn: Turn, entry: TranscriptEntry): void {
  const { draft: state, base } = turn;
  if (state.transcript === base.transcript) state.transcript = base.transcript.slice();
  state.transcript.push(entry);
}

/** The turn's own counters, copied (with the per-node fallback attempts) on first use. */
export function ownCounters(turn: Turn): Counters {
  const { draft: state, base } = turn;
  if (state.counters === base.counters) state.counters = { ...base.counters, fallback: { ...base.counters.fallback } };
  return state.counters;
}

/** The turn's own copy of the current handoff record (null when there is none). */
export function ownHandoff(turn: Turn): HandoffRecord | null {
  const { draft: state, base } = turn;
  if (state.handoff && state.handoff === base.handoff) state.handoff = { ...base.handoff };
  return state.handoff;
}

/**
 * Issues an effect with a deterministic id. Awaited effects park the conversation in
 * `waiting_effect` until the host answers; notifications do not.
 */
export function issue(turn: Turn, nodeId: string, body: EffectBody, awaited = true): Outcome {
  const id = `e${++ownCounters(turn).effects}`;
  const effect: Effect = { ...body, id, nodeId };
  turn.effects.push(effect);
  record(turn, { type: "effect_issued", nodeId, effectId: id, effect: effect.type });
  if (!awaited) return STOP;
  turn.draft.pending = { id, type: effect.type, nodeId };
  turn.draft.status = "waiting_effect";
  return STOP;
}

/** Stops the turn to wait for the user's next message at `nodeId`. */
export function awaitInput(turn: Turn, nodeId: string, field: AwaitedField, choices?: QuickReply[]): Outcome {
  turn.draft.status = "waiting_input";
  turn.draft.awaiting = choices ? { nodeId, field, choices } : { nodeId, field };
  // a trigger that did not reach a Handoff node before the bot asked something has lapsed
  turn.draft.trigger = null;
  return STOP;
}

/** Sets a variable (copying the variables on the turn's first write) and traces it. */
export function setVariable(turn: Turn, nodeId: string, name: string, value: JsonValue): void {
  const { draft: state, base } = turn;
  if (state.variables === base.variables) state.variables = { ...base.variables };
  state.variables[name] = value;
  record(turn, { type: "variable_set", nodeId, name });
}

/**
 * What routing rules and conditions read: the variables plus `intent`, `trigger` and `node`
 * (`extra` overrides all), as if merged into one object — but read in place, not copied.
 */
export function logicData(state: ConversationState, extra?: { [name: string]: JsonValue }): LogicScope {
  return (path) => {
    if (path === null) {
      const trigger = state.trigger?.trigger ?? state.handoff?.trigger ?? null;
      return { ...state.variables, intent: state.lastIntent?.intent ?? null, trigger, node: state.nodeId, ...extra };
    }
    const whole = logicField(state, extra, path);
    if (whole !== undefined) return whole;
    const parts = path.split(".");
    return walk(logicField(state, extra, parts[0] ?? ""), parts, 1);
  };
}

/** One top-level key of the merged logic data (`extra`, then intent/trigger/node, then variables). */
function logicField(state: ConversationState, extra: { [name: string]: JsonValue } | undefined, key: string): JsonValue | undefined {
  if (extra && Object.hasOwn(extra, key)) return extra[key];
  if (key === "intent") return state.lastIntent?.intent ?? null;
  if (key === "trigger") return state.trigger?.trigger ?? state.handoff?.trigger ?? null;
  if (key === "node") return state.nodeId;
  return Object.hasOwn(state.variables, key) ? state.variables[key] : undefined;
}

export function nodeById(turn: Turn, id: string | null | undefined): BundleNode | undefined {
  return id == null ? undefined : turn.prepared.nodes.get(id)?.node;
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
  const { noMatch, fallback } = turn.draft.counters;
  // the usual case changes nothing: no copy
  if (noMatch !== 0 || Object.hasOwn(fallback, nodeId)) {
    const counters = ownCounters(turn);
    counters.noMatch = 0;
    delete counters.fallback[nodeId];
  }
  turn.draft.failedNodeId = null;
}

/** Puts quick replies under the last message of this turn (a reprompt keeps the choices visible). */
export function withQuickReplies(turn: Turn, quickReplies: QuickReply[]): void {
  const last = turn.outputs.findLast((output) => output.type === "message");
  if (last && last.type === "message" && quickReplies.length) last.quickReplies = quickReplies;
}
