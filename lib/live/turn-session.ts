import { insertConversationEvent, insertMessage } from "@/db/queries/live/conversations";
import { insertDeskEvent, withEventId } from "@/db/queries/live/desk-events";
import { openHandoffOf, type HandoffRow } from "@/db/queries/live/handoffs";
import type { ChatMessage, ChatReference, ChatStatus, QuickReply, Speaker, WebhookEvent } from "@/lib/api/live";
import { sendNotification } from "@/lib/handoff/webhook-sender";
import { refreshPositions } from "./refresh-positions";
import type { ConversationState, RuntimeBundle } from "@/lib/runtime";
import type { LiveContext } from "./context";
import type { HubEvent } from "./sse-hub";

/**
 * One turn of one conversation inside its transaction: the state being stepped and everything
 * the turn wrote, so it can be published (SSE, webhooks, scheduler) once the transaction commits.
 */
export interface TurnSession {
  ctx: LiveContext;
  conversationId: string;
  flowId: string;
  bundle: RuntimeBundle;
  state: ConversationState;
  lastSeq: number;
  lastEventSeq: number;
  status: ChatStatus;
  /** The turn's time (ms). */
  at: number;
  messages: ChatMessage[];
  references: ChatReference[];
  chatEvents: HubEvent[];
  deskEvents: HubEvent[];
  notifications: { event: WebhookEvent; payload: object }[];
  /** A deadline was added or removed: the scheduler should re-plan. */
  reschedule: boolean;
  /** The conversation's open handoff row (undefined = not looked up yet). */
  openHandoff: HandoffRow | null | undefined;
  /** Queues whose line moved (someone left it): the others waiting there learn their new place. */
  linesMoved: Set<string>;
  /** Set by a wait timeout that found the user's chat closed: the handoff is abandoned, not timed out. */
  userLeft?: boolean;
}

/** Stores a message, sends it to the chat stream and, while a handoff is open, to the desk. */
export function addMessage(session: TurnSession, input: { from: Speaker; text: string; quickReplies?: QuickReply[]; agentName?: string }): ChatMessage {
  const message: ChatMessage = { seq: ++session.lastSeq, from: input.from, text: input.text, quickReplies: input.quickReplies ?? [], at: new Date(session.at).toISOString() };
  if (input.agentName) message.agentName = input.agentName;
  insertMessage(session.ctx.db, { conversationId: session.conversationId, ...message, at: new Date(session.at) });
  session.messages.push(message);
  addChatEvent(session, { type: "message", message });
  const handoff = openHandoff(session);
  if (handoff) {
    addDeskEvent(session, "message", handoff.queue, handoff.agentId, { handoffId: handoff.id, conversationId: session.conversationId, message });
  }
  return message;
}

/** Stores a chat SSE event (numbered per conversation) for replay and later publishing. */
export function addChatEvent<Body extends { type: string }>(session: TurnSession, body: Body): void {
  const seq = ++session.lastEventSeq;
  const payload = JSON.stringify(body);
  insertConversationEvent(session.ctx.db, { conversationId: session.conversationId, seq, type: body.type, payload });
  session.chatEvents.push({ id: seq, data: withEventId(seq, payload) });
}

/** Stores a desk SSE event; `queue`/`agentId` say who may see it. */
export function addDeskEvent(session: TurnSession, type: string, queue: string | null, agentId: string | null, body: object): void {
  const row = insertDeskEvent(session.ctx.db, { type, queue, agentId, body });
  session.deskEvents.push({ id: row.id, data: withEventId(row.id, row.payload), queue, agentId });
}

/** The conversation's open handoff row while the runtime says one is queued or with an agent. */
export function openHandoff(session: TurnSession): HandoffRow | null {
  if (session.openHandoff === undefined) {
    const status = session.state.status;
    session.openHandoff = status === "queued" || status === "with_agent" ? (openHandoffOf(session.ctx.db, session.conversationId) ?? null) : null;
  }
  return session.openHandoff;
}

/** After commit: push events to SSE subscribers, send webhooks, re-plan timers. */
export function publish(session: TurnSession): void {
  const { hub } = session.ctx;
  for (const event of session.chatEvents) hub.publish(`conv:${session.conversationId}`, event);
  for (const event of session.deskEvents) hub.publish("desk", event);
  for (const notification of session.notifications) void sendNotification(session.ctx, notification.event, notification.payload);
  if (session.reschedule) session.ctx.scheduler.poke();
  for (const queue of session.linesMoved) refreshPositions(session.ctx, queue);
}
