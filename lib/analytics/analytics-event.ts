import type { HandoffTrigger } from "@/lib/runtime";

/** Where a conversation ran: the public chat (live) or the editor's preview (off by default). */
export type AnalyticsChannel = "live" | "preview";

/**
 * What the dashboard counts. `handoff_outcome` carries `outcome`: queued (an agent was available),
 * assigned (accepted), unavailable, timed_out, resolved, handed_back or abandoned.
 */
export type AnalyticsEventType =
  | "conversation_started"
  | "conversation_ended"
  | "node_entered"
  | "intent_matched"
  | "input_understood"
  | "no_match"
  | "fallback_attempt"
  | "handoff_triggered"
  | "handoff_outcome"
  | "ticket_created"
  | "callback_scheduled";

export type HandoffOutcome = "queued" | "assigned" | "unavailable" | "timed_out" | "resolved" | "handed_back" | "abandoned";

/**
 * The `flowVersion` of preview events: the preview runs an unsaved draft, which has no version, and
 * the dashboard's "every version" (≥ 0) then leaves preview traffic out using its index alone.
 */
export const PREVIEW_VERSION = -1;

/** Outcomes whose `waitMs` is the time since the handoff was queued. */
export const WAITED_OUTCOMES: readonly HandoffOutcome[] = ["assigned", "timed_out", "abandoned"];

/**
 * One row of `analytics_events` before it is stored. `nodeId` is where it happened: for handoff
 * events the node where the trigger fired (the Handoff node itself for `explicit`), for
 * `fallback_attempt` the node whose input was not understood. `text` is the user's last message
 * (no-match and handoff events). `waitMs` null on a waited outcome = computed when recorded.
 */
export interface AnalyticsEvent {
  flowId: string;
  flowVersion: number;
  conversationId: string;
  type: AnalyticsEventType;
  nodeId: string | null;
  trigger: HandoffTrigger | null;
  queue: string | null;
  intent: string | null;
  outcome: HandoffOutcome | null;
  waitMs: number | null;
  text: string | null;
  /** ms since the epoch. */
  at: number;
  channel: AnalyticsChannel;
}
