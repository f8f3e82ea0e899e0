import { eq } from "drizzle-orm";
import { conversations } from "@/db/live-schema";
import { getAgent, setPresence } from "@/db/queries/live/agents";
import { listMessages } from "@/db/queries/live/conversations";
import { deskEventsAfter, insertDeskEvent, lastDeskEventId, withEventId } from "@/db/queries/live/desk-events";
import { flowIdOf, getHandoffRow, listClosedHandoffs, listOpenHandoffs, positionOf, toDeskHandoff } from "@/db/queries/live/handoffs";
import { readContext } from "@/db/queries/live/references";
import type { DeskHandoff, DeskHandoffDetail, DeskHandoffsResponse, LiveAgent, Presence } from "@/lib/api/live";
import { AppError } from "@/lib/errors";
import type { ConversationState } from "@/lib/runtime";
import { chatStatus } from "./chat-status";
import type { LiveContext } from "./context";
import { assertServes, type DeskActor } from "./desk-actor";
import type { HubEvent } from "./sse-hub";

/**
 * The desk's lists: `open` = queued and assigned handoffs of the actor's queues (or only mine:
 * assigned to me plus what waits in my queues), by priority then age, with places in line;
 * `closed` = the last 100 ended ones.
 */
export function listDeskHandoffs(ctx: LiveContext, actor: DeskActor, query: { view: "open" | "closed"; scope: "mine" | "all" }, user: { id: string }): DeskHandoffsResponse {
  const now = ctx.now();
  const me = getAgent(ctx.db, user.id);
  const queues = actor.admin && query.scope === "all" ? null : actor.admin ? (me?.queues ?? null) : actor.queues;
  const flowIds = new Map<string, string>();
  const flowOf = (conversationId: string) => {
    let id = flowIds.get(conversationId);
    if (id === undefined) {
      id = flowIdOf(ctx.db, conversationId);
      flowIds.set(conversationId, id);
    }
    return id;
  };
  if (query.view === "closed") {
    const rows = listClosedHandoffs(ctx.db, queues, query.scope === "mine" ? actor.id : null);
    return { handoffs: rows.map((row) => toDeskHandoff(row, { flowId: flowOf(row.conversationId), position: null, now })), me };
  }
  const places = new Map<string, number>();
  const handoffs: DeskHandoff[] = [];
  for (const row of listOpenHandoffs(ctx.db, queues)) {
    if (query.scope === "mine" && row.status === "assigned" && row.agentId !== actor.id) continue;
    const position = row.status === "queued" ? (places.get(row.queue) ?? 0) + 1 : null;
    if (position !== null) places.set(row.queue, position);
    handoffs.push(toDeskHandoff(row, { flowId: flowOf(row.conversationId), position, now }));
  }
  return { handoffs, me };
}

/** One handoff with its context card, whole transcript and the conversation's status. */
export function deskHandoffDetail(ctx: LiveContext, actor: DeskActor, id: string): DeskHandoffDetail {
  const row = getHandoffRow(ctx.db, id);
  if (!row) throw new AppError("not_found", `No handoff with id "${id}".`, { id });
  assertServes(actor, row.queue);
  const conversation = ctx.db.select({ state: conversations.state, flowId: conversations.flowId }).from(conversations).where(eq(conversations.id, row.conversationId)).get();
  const state: ConversationState | null = conversation ? JSON.parse(conversation.state) : null;
  const context = readContext(row.context);
  if (!context) throw new AppError("internal", "This handoff's context card is unreadable.");
  return {
    ...toDeskHandoff(row, { flowId: conversation?.flowId ?? "", position: row.status === "queued" ? positionOf(ctx.db, row) : null, now: ctx.now() }),
    context,
    messages: listMessages(ctx.db, row.conversationId),
    conversationStatus: state ? chatStatus(state) : { state: "ended", acceptsInput: false },
  };
}

/** Stores presence with a fresh last-seen time and tells the desk. */
export function updatePresence(ctx: LiveContext, userId: string, presence: Presence): LiveAgent {
  setPresence(ctx.db, userId, presence, new Date(ctx.now()));
  const agent = getAgent(ctx.db, userId);
  if (!agent) throw new AppError("not_found", "You are not set up as an agent yet.");
  const row = insertDeskEvent(ctx.db, { type: "agent", queue: null, agentId: null, body: { agent } });
  ctx.hub.publish("desk", { id: row.id, data: withEventId(row.id, row.payload), queue: null, agentId: null });
  return agent;
}

/** Desk events after `id`, as SSE events carrying their visibility. */
export function replayDesk(ctx: LiveContext, id: number): HubEvent[] {
  return deskEventsAfter(ctx.db, id).map((row) => ({ id: row.id, data: withEventId(row.id, row.payload), queue: row.queue, agentId: row.agentId }));
}

/** The newest desk event id (where a fresh desk stream starts). */
export function latestDeskEventId(ctx: LiveContext): number {
  return lastDeskEventId(ctx.db);
}
