import { claimHandoff, finishHandoff, getHandoffRow, moveHandoff, toDeskHandoff, type HandoffRow } from "@/db/queries/live/handoffs";
import { queueSettings } from "@/db/queries/live/queues";
import type { ChatMessage, WebhookEvent } from "@/lib/api/live";
import { AppError } from "@/lib/errors";
import { announce } from "@/lib/handoff/server-host";
import type { RuntimeEvent } from "@/lib/runtime";
import type { LiveContext } from "./context";
import { assertServes, type DeskActor } from "./desk-actor";
import { runTurn } from "./run-turn";
import { addMessage, type TurnSession } from "./turn-session";

/**
 * Accepts a queued handoff. Runs in the conversation's turn queue and claims the row with a
 * conditional update, so of two concurrent accepts exactly one wins; the other gets 409
 * "Already taken by X." The runtime then says who joined.
 */
export async function acceptHandoff(ctx: LiveContext, actor: DeskActor, handoffId: string): Promise<void> {
  const row = findHandoff(ctx, handoffId);
  assertServes(actor, row.queue);
  await runTurn(ctx, row.conversationId, (session) => {
    const current = findHandoff(ctx, handoffId);
    if (current.status === "assigned") throw new AppError("conflict", `Already taken by ${current.agentName ?? "another agent"}.`, { agent: current.agentName });
    if (current.status !== "queued" || !claimHandoff(ctx.db, handoffId, actor, new Date(session.at))) {
      throw new AppError("conflict", `This handoff is no longer waiting (${current.status}).`, { status: current.status });
    }
    session.openHandoff = getHandoffRow(ctx.db, handoffId) ?? null;
    session.reschedule = true;
    session.linesMoved.add(current.queue);
    changed(session, handoffId, "handoff.assigned");
    if (session.state.status === "queued") return [event(session, { type: "agent_accepted", agentName: actor.name })];
    // transferred while with an agent: the runtime is still with_agent, only the person changes
    if (session.state.handoff) session.state.handoff.agentName = actor.name;
    addMessage(session, { from: "system", text: `${actor.name} has joined the conversation.` });
    return [];
  });
}

/** An agent's message to the user; only the assigned agent (or an admin) may send one. */
export async function sendAgentMessage(ctx: LiveContext, actor: DeskActor, handoffId: string, text: string): Promise<ChatMessage> {
  const row = findHandoff(ctx, handoffId);
  const outcome = await runTurn(ctx, row.conversationId, (session) => {
    assertAssigned(actor, findHandoff(ctx, handoffId));
    return [event(session, { type: "agent_message", text })];
  });
  const message = outcome.messages.find((candidate) => candidate.from === "agent");
  if (!message) throw new AppError("conflict", "The conversation is not with an agent any more.");
  return message;
}

/** Ends the chat (`resolved`) or gives the user back to the bot (`handed_back`, with the note). */
export async function closeHandoff(ctx: LiveContext, actor: DeskActor, handoffId: string, how: { type: "resolve"; note?: string } | { type: "hand_back"; note: string }): Promise<void> {
  const row = findHandoff(ctx, handoffId);
  await runTurn(ctx, row.conversationId, (session) => {
    assertAssigned(actor, findHandoff(ctx, handoffId));
    const status = how.type === "resolve" ? "resolved" : "handed_back";
    finishHandoff(ctx.db, handoffId, status, new Date(session.at), how.note);
    changed(session, handoffId, how.type === "resolve" ? "handoff.resolved" : "handoff.handed_back");
    session.openHandoff = null;
    if (how.type === "hand_back") return [event(session, { type: "agent_handed_back", note: how.note })];
    return [event(session, how.note === undefined ? { type: "agent_resolved" } : { type: "agent_resolved", note: how.note })];
  });
}

/**
 * Puts the handoff in another queue's line. A queued user keeps their deadline (the new queue's
 * timeout if it has one); an assigned one stays connected, without a timeout, until someone
 * there accepts. The runtime has no transfer event, so the server updates its view of the queue.
 */
export async function transferHandoff(ctx: LiveContext, actor: DeskActor, handoffId: string, queue: string, note?: string): Promise<void> {
  const row = findHandoff(ctx, handoffId);
  await runTurn(ctx, row.conversationId, (session) => {
    const current = findHandoff(ctx, handoffId);
    if (current.status === "assigned") assertAssigned(actor, current);
    else if (current.status === "queued") assertServes(actor, current.queue);
    else throw new AppError("conflict", `This handoff is closed (${current.status}).`, { status: current.status });
    if (current.queue === queue) throw new AppError("validation_failed", `The handoff is already in the "${queue}" queue.`);
    const timeout = queueSettings(ctx.db, queue).waitTimeoutSec;
    const deadline = current.status === "queued" ? (timeout > 0 ? new Date(session.at + timeout * 1000) : current.waitDeadline) : null;
    moveHandoff(ctx.db, handoffId, queue, note ?? null, deadline);
    session.reschedule = true;
    if (current.status === "queued") session.linesMoved.add(current.queue);
    session.openHandoff = getHandoffRow(ctx.db, handoffId) ?? null;
    if (session.state.handoff) {
      session.state.handoff.queue = queue;
      delete session.state.handoff.agentName;
    }
    announce(session, handoffId, "handoff.updated", [current.queue, queue]);
    addMessage(session, { from: "system", text: `You're being transferred to our ${queue} team. Please stay here.` });
    return [];
  });
}

function findHandoff(ctx: LiveContext, id: string): HandoffRow {
  const row = getHandoffRow(ctx.db, id);
  if (!row) throw new AppError("not_found", `No handoff with id "${id}".`, { id });
  return row;
}

function assertAssigned(actor: DeskActor, row: HandoffRow): void {
  if (row.status !== "assigned") throw new AppError("conflict", `This handoff is not with an agent (${row.status}).`, { status: row.status });
  if (row.agentId !== actor.id && !actor.admin) throw new AppError("forbidden", `This chat is with ${row.agentName ?? "another agent"}.`, { agent: row.agentName });
}

/** Desk event + outgoing webhook for a handoff that changed. */
function changed(session: TurnSession, handoffId: string, webhook: WebhookEvent): void {
  announce(session, handoffId, "handoff.updated");
  const row = getHandoffRow(session.ctx.db, handoffId);
  if (row) session.notifications.push({ event: webhook, payload: { handoff: toDeskHandoff(row, { flowId: session.flowId, position: null, now: session.at }) } });
}

type AgentEvent = Extract<RuntimeEvent, { type: "agent_accepted" | "agent_message" | "agent_resolved" | "agent_handed_back" }>;
type WithoutAt<E> = E extends unknown ? Omit<E, "at"> : never;

function event(session: TurnSession, body: WithoutAt<AgentEvent>): RuntimeEvent {
  return { ...body, at: new Date(session.at).toISOString() };
}
