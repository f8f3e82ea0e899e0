import type { JsonValue, Priority, QuickReply } from "./bundle-types";

/**
 * Where a conversation is between turns. `active` only exists before `start` and inside a turn;
 * at rest a conversation waits for the user (`waiting_input`), for a host's effect result
 * (`waiting_effect`), for an agent (`queued`), talks with one (`with_agent`), or is over.
 */
export type ConversationStatus = "active" | "waiting_input" | "waiting_effect" | "queued" | "with_agent" | "ended";

/** Why a handoff happened (DESIGN.md, "The handoff protocol"). */
export type HandoffTrigger = "explicit" | "user_request" | "no_match" | "error" | "frustration";

/**
 * Life of one handoff: `checking` availability, `queued` waiting for an agent, `assigned` to one;
 * then `resolved`, `handed_back` to the bot, `timed_out` (nobody accepted in time) or `unavailable`.
 */
export type HandoffStatus = "checking" | "queued" | "assigned" | "resolved" | "handed_back" | "timed_out" | "unavailable";

export type Speaker = "user" | "bot" | "agent" | "system";

/** One line of the conversation as every party saw it. */
export interface TranscriptEntry {
  from: Speaker;
  text: string;
  /** ISO time from the event that produced the line. */
  at: string;
  nodeId?: string;
}

/** What the user's next message answers: a question, an intent, or a Ticket/Callback field. */
export type AwaitedField = "answer" | "intent" | "email" | "description" | "phone" | "slot";

export interface AwaitedInput {
  nodeId: string;
  field: AwaitedField;
  /** Offered choices (callback slots: label = what the user sees, value = ISO time). */
  choices?: QuickReply[];
}

/** The effect whose result the conversation waits for. */
export interface PendingEffect {
  id: string;
  type: Effect["type"];
  nodeId: string;
}

/** The conversation's latest handoff; open while `checking`, `queued` or `assigned`. */
export interface HandoffRecord {
  /** Deterministic: `h1`, `h2`… in conversation order. */
  id: string;
  queue: string;
  trigger: HandoffTrigger;
  /** The Handoff node that runs the protocol. */
  nodeId: string;
  /** Where the trigger fired (the Handoff node itself for `explicit`). */
  triggerNodeId: string;
  priority: Priority;
  status: HandoffStatus;
  position?: number;
  estimatedWaitSec?: number;
  agentName?: string;
  /** The agent's note when resolving or handing back. */
  note?: string;
}

export interface Counters {
  /** Consecutive no-matches anywhere in the flow (reset by any understood answer). */
  noMatch: number;
  /** Fallback attempts per failed node id. */
  fallback: { [nodeId: string]: number };
  /** How many times in a row the user sent the same normalised message. */
  repeat: number;
  /** Negative or profane user messages since the last frustration handoff. */
  negative: number;
  /** Effects issued so far: the source of effect ids. */
  effects: number;
  /** Handoffs started so far: the source of handoff ids. */
  handoffs: number;
}

/**
 * Everything about one conversation, as plain JSON: store it, send it to another process, and
 * continue with `step`. Created by `initialState(bundle)`.
 */
export interface ConversationState {
  version: 1;
  /** Hash of the bundle the conversation started on. */
  bundleHash: string;
  status: ConversationStatus;
  /** The node the conversation is at (null before `start`). */
  nodeId: string | null;
  awaiting: AwaitedInput | null;
  pending: PendingEffect | null;
  variables: { [name: string]: JsonValue };
  transcript: TranscriptEntry[];
  counters: Counters;
  /** The last user message, normalised (repeat detection). */
  lastMessage: string;
  handoff: HandoffRecord | null;
  /** The last intent classification: best intent (null = no match) and its score. */
  lastIntent: { intent: string | null; score: number } | null;
  /** The node whose input was not understood: where a Fallback's retry returns. */
  failedNodeId: string | null;
  /** A trigger on its way to a Handoff node (through an error handler, say). */
  trigger: { trigger: HandoffTrigger; nodeId: string } | null;
}

/** Events carry their own time: the runtime never reads a clock. */
interface At {
  /** ISO 8601 time of the event. */
  at: string;
}

/** The "Talk to a person" button, or a quick reply (its value) picked by the user. */
export type UserAction = "talk_to_person" | { quickReply: string };

/** Everything that can happen to a conversation. Hosts create these; `step` consumes them. */
export type RuntimeEvent =
  | ({ type: "start" } & At)
  | ({ type: "user_message"; text: string } & At)
  | ({ type: "user_action"; action: UserAction } & At)
  | ({ type: "effect_result"; effectId: string; result: EffectResult } & At)
  | ({ type: "agent_accepted"; agentName: string } & At)
  | ({ type: "agent_message"; text: string } & At)
  | ({ type: "agent_resolved"; note?: string } & At)
  | ({ type: "agent_handed_back"; note: string } & At)
  | ({ type: "handoff_timeout"; handoffId: string } & At);

/** A callback slot offered by the host: `value` is an ISO time, `label` what the user reads. */
export interface CallbackSlot {
  value: string;
  label: string;
}

/**
 * A host's answer to an effect. One flat shape for all effects; each effect's JSDoc says which
 * fields it reads. `ok: false` (with `error`) means the effect failed.
 */
export interface EffectResult {
  ok: boolean;
  error?: string;
  /** check_availability: can the queue take the conversation now? */
  available?: boolean;
  /** check_availability: why not (closed, offline, busy, full…). */
  reason?: string;
  /** enqueue_handoff: place in line (1 = next). */
  position?: number;
  /** check_availability / enqueue_handoff: estimated wait in seconds. */
  estimatedWaitSec?: number;
  /** create_ticket / schedule_callback: the reference the user keeps. */
  reference?: string;
  /** offer_callback_slots: times inside business hours. */
  slots?: CallbackSlot[];
  /** call_webhook: HTTP status. */
  status?: number;
  /** call_webhook: parsed JSON response. */
  body?: JsonValue;
  /** call_webhook: no answer within timeoutMs. */
  timedOut?: boolean;
}

/** What an agent sees first: why, where, who, and a short structured summary. */
export interface ContextCard {
  handoffId: string;
  trigger: HandoffTrigger;
  /** Where the trigger fired. */
  nodeId: string;
  handoffNodeId: string;
  queue: string;
  priority: Priority;
  lastIntent: { intent: string | null; score: number } | null;
  /** The Handoff node's chosen context variables. */
  variables: { [name: string]: JsonValue };
  /** The node's summary, interpolated. */
  summary: string;
  conversation: {
    startedAt: string | null;
    userMessages: number;
    firstUserMessage: string | null;
    lastUserMessage: string | null;
    noMatches: number;
    negativeMessages: number;
  };
}

interface EffectBase {
  /** Deterministic (`e1`, `e2`…): answer with `effect_result { effectId }`. */
  id: string;
  /** The node that issued it. */
  nodeId: string;
}

/**
 * Side effects the host carries out. Effects marked "awaited" put the conversation in
 * `waiting_effect` until their `effect_result`; the others are notifications (results ignored).
 */
export type Effect =
  /** Awaited. Reads `available`, `reason`, `estimatedWaitSec`. */
  | (EffectBase & { type: "check_availability"; queue: string })
  /**
   * Awaited. Put the conversation in the queue; reads `position`, `estimatedWaitSec`. The host
   * sends `handoff_timeout` if no agent accepts within `waitTimeoutSec`.
   */
  | (EffectBase & {
      type: "enqueue_handoff";
      handoffId: string;
      queue: string;
      trigger: HandoffTrigger;
      priority: Priority;
      waitTimeoutSec: number;
      context: ContextCard;
      transcript: TranscriptEntry[];
    })
  /** Notification: take the conversation out of the queue (nobody accepted in time). */
  | (EffectBase & { type: "cancel_handoff"; handoffId: string; queue: string; reason: string })
  /** Notification: a user message for the agent (or the queue) to see. */
  | (EffectBase & { type: "deliver_to_agent"; handoffId: string; text: string })
  /** Awaited. Reads `reference`. */
  | (EffectBase & {
      type: "create_ticket";
      queue: string;
      email: string;
      description: string;
      context: ContextCard | null;
      transcript: TranscriptEntry[];
    })
  /** Awaited. Reads `slots` (inside the queue's business hours). */
  | (EffectBase & { type: "offer_callback_slots"; queue: string })
  /** Awaited. Reads `reference`. */
  | (EffectBase & { type: "schedule_callback"; queue: string; phone: string; slot: CallbackSlot; context: ContextCard | null })
  /** Awaited. Reads `status`, `body`, `timedOut`; 2xx is success. */
  | (EffectBase & {
      type: "call_webhook";
      url: string;
      method: string;
      headers: { [name: string]: string };
      body: string;
      timeoutMs: number;
    });

export type EffectType = Effect["type"];

/** Something for the user interface: a message, a status change, handoff progress, a reference. */
export type Output =
  | { type: "message"; from: "bot" | "system" | "agent"; text: string; quickReplies?: QuickReply[]; nodeId?: string }
  | { type: "status"; status: ConversationStatus }
  | { type: "handoff"; handoff: HandoffRecord }
  | { type: "ticket"; reference: string; nodeId: string }
  | { type: "callback"; reference: string; slot: CallbackSlot; nodeId: string };

/**
 * What the interpreter did, in order: the editor highlights the canvas from it and analytics
 * count it. `nodeId` is null only for events that happen outside any node.
 */
export type TraceEntry =
  | { type: "node_entered"; nodeId: string; kind: string }
  | { type: "port_taken"; nodeId: string; port: string; target: string | null }
  | { type: "intent_matched"; nodeId: string; intent: string; score: number }
  | { type: "no_match"; nodeId: string; score: number | null; count: number }
  | { type: "fallback_attempt"; nodeId: string; failedNodeId: string; attempt: number }
  | { type: "trigger_fired"; nodeId: string; trigger: HandoffTrigger; target: string | null }
  | { type: "handoff_status"; nodeId: string; handoffId: string; status: HandoffStatus; queue: string }
  | { type: "effect_issued"; nodeId: string; effectId: string; effect: EffectType }
  | { type: "variable_set"; nodeId: string; name: string }
  | { type: "conversation_ended"; nodeId: string | null }
  | { type: "event_ignored"; nodeId: string | null; event: string; reason: string }
  | { type: "error"; nodeId: string | null; code: string; message: string };

/** The result of one `step`: the next state and what the host should show, do and record. */
export interface StepResult {
  state: ConversationState;
  outputs: Output[];
  effects: Effect[];
  trace: TraceEntry[];
}
