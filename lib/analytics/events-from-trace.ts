import type { ConversationState, HandoffRecord, HandoffStatus, HandoffTrigger, RuntimeEvent, StepResult, TraceEntry } from "@/lib/runtime";
import { PREVIEW_VERSION, type AnalyticsChannel, type AnalyticsEvent, type AnalyticsEventType, type HandoffOutcome } from "./analytics-event";

/** Which conversation a trace belongs to and when it happened. */
export interface TraceContext {
  flowId: string;
  flowVersion: number;
  conversationId: string;
  channel: AnalyticsChannel;
  /** ms since the epoch: the time of the event the trace answers. */
  at: number;
  /** The user's last message (stored on no-match and handoff events). */
  lastUserMessage?: string | null;
  /** The conversation's handoff after the step: trigger and node of outcomes whose trigger is in an earlier trace. */
  handoff?: HandoffRecord | null;
  /** The last intent the bot recognised (stored on handoff events). */
  lastIntent?: string | null;
  /** The user had left the chat when the wait timed out: that handoff was abandoned while waiting. */
  userLeft?: boolean;
}

/** The conversation an event belongs to, without the time (a step's event brings that). */
export type ConversationRef = Pick<TraceContext, "flowId" | "flowVersion" | "conversationId" | "channel" | "userLeft">;

/**
 * The analytics events of one trace: the same trace the preview highlights the canvas from, so
 * what designers review is exactly what the interpreter did. Pure and deterministic.
 *
 * A handoff counts when the runtime opens it (`handoff_status: checking`), with the trigger and
 * node of the `trigger_fired` before it (explicit at the Handoff node when none), so an ignored
 * trigger (a handoff already open) or an error handler that does not hand over counts nothing.
 */
export function eventsFromTrace(trace: readonly TraceEntry[], context: TraceContext): AnalyticsEvent[] {
  const events: AnalyticsEvent[] = [];
  let fired: { trigger: HandoffTrigger; nodeId: string } | null = null;
  const opened = new Map<string, { trigger: HandoffTrigger; nodeId: string; queue: string }>();
  const add = (type: AnalyticsEventType, fields: Partial<AnalyticsEvent>) => events.push({ ...blank(context, type), ...fields });
  for (const entry of trace) {
    switch (entry.type) {
      case "node_entered":
        if (entry.kind === "start") add("conversation_started", { nodeId: entry.nodeId });
        add("node_entered", { nodeId: entry.nodeId });
        break;
      case "intent_matched":
        add("intent_matched", { nodeId: entry.nodeId, intent: entry.intent });
        break;
      case "no_match":
        add("no_match", { nodeId: entry.nodeId, text: context.lastUserMessage ?? null });
        break;
      case "fallback_attempt":
        add("fallback_attempt", { nodeId: entry.failedNodeId });
        break;
      case "trigger_fired":
        fired = { trigger: entry.trigger, nodeId: entry.nodeId };
        break;
      case "handoff_status":
        handoffStatus(entry, add, context, opened, fired);
        if (entry.status === "checking") fired = null;
        break;
      case "port_taken":
        // a Question node's answer was understood: with intent_matched, the no-match rate's denominator
        if (entry.port === "answered") add("input_understood", { nodeId: entry.nodeId });
        if (entry.port === "created") add("ticket_created", { nodeId: entry.nodeId });
        if (entry.port === "scheduled") add("callback_scheduled", { nodeId: entry.nodeId });
        break;
      case "conversation_ended":
        add("conversation_ended", { nodeId: entry.nodeId });
        break;
      case "effect_issued":
      case "variable_set":
      case "event_ignored":
      case "error":
        break;
    }
  }
  return events;
}

/**
 * The events of one `step`: the trace with the time of the event it answered and the user's last
 * message from the new state. What a host calls after every step (the driver's `onStep`, the
 * server's turn).
 */
export function eventsFromStep(result: Pick<StepResult, "trace" | "state">, event: Pick<RuntimeEvent, "at">, ref: ConversationRef): AnalyticsEvent[] {
  return eventsFromTrace(result.trace, {
    ...ref,
    at: Date.parse(event.at),
    lastUserMessage: lastUserMessage(result.state),
    handoff: result.state.handoff,
    lastIntent: result.state.lastIntent?.intent ?? null,
  });
}

function handoffStatus(
  entry: Extract<TraceEntry, { type: "handoff_status" }>,
  add: (type: AnalyticsEventType, fields: Partial<AnalyticsEvent>) => void,
  context: TraceContext,
  opened: Map<string, { trigger: HandoffTrigger; nodeId: string; queue: string }>,
  fired: { trigger: HandoffTrigger; nodeId: string } | null,
): void {
  if (entry.status === "checking") {
    const origin = { trigger: fired?.trigger ?? "explicit", nodeId: fired?.nodeId ?? entry.nodeId, queue: entry.queue };
    opened.set(entry.handoffId, origin);
    add("handoff_triggered", { ...origin, intent: context.lastIntent ?? null, text: context.lastUserMessage ?? null });
    return;
  }
  const handoff = context.handoff?.id === entry.handoffId ? context.handoff : null;
  const origin = opened.get(entry.handoffId) ?? (handoff ? { trigger: handoff.trigger, nodeId: handoff.triggerNodeId } : { trigger: null, nodeId: entry.nodeId });
  add("handoff_outcome", { trigger: origin.trigger, nodeId: origin.nodeId, queue: entry.queue, outcome: outcomeOf(entry.status, context.userLeft === true) });
}

/** The runtime's status, except that a wait which timed out after the user left was abandoned. */
function outcomeOf(status: Exclude<HandoffStatus, "checking">, userLeft: boolean): HandoffOutcome {
  return status === "timed_out" && userLeft ? "abandoned" : status;
}

function blank(context: TraceContext, type: AnalyticsEventType): AnalyticsEvent {
  return {
    flowId: context.flowId,
    flowVersion: context.channel === "preview" ? PREVIEW_VERSION : context.flowVersion,
    conversationId: context.conversationId,
    type,
    nodeId: null,
    trigger: null,
    queue: null,
    intent: null,
    outcome: null,
    waitMs: null,
    text: null,
    at: context.at,
    channel: context.channel,
  };
}

/** The text of the user's most recent transcript line, if any. */
export function lastUserMessage(state: Pick<ConversationState, "transcript">): string | null {
  for (let i = state.transcript.length - 1; i >= 0; i--) {
    const entry = state.transcript[i];
    if (entry?.from === "user") return entry.text;
  }
  return null;
}
