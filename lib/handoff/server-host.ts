import { randomUUID } from "node:crypto";
import { availableAgents } from "@/db/queries/live/agents";
import { finishHandoff, insertHandoff, openHandoffOf, positionOf, PRIORITY_RANK, setLastUserMessage, toDeskHandoff, getHandoffRow } from "@/db/queries/live/handoffs";
import { queueSettings } from "@/db/queries/live/queues";
import { insertCallback, insertTicket } from "@/db/queries/live/references";
import type { Effect, EffectResult } from "@/lib/runtime";
import { addDeskEvent, type TurnSession } from "@/lib/live/turn-session";
import { newReference } from "@/lib/live/tokens";
import { checkAvailability, estimateWait } from "./availability";
import { callbackSlots, isOpenAt } from "./business-hours";

/** Effects the server performs inside the turn's transaction: everything except `call_webhook`. */
export type DbEffect = Exclude<Effect, { type: "call_webhook" }>;

/**
 * The server host: carries out one runtime effect against the database, synchronously, inside
 * the turn's transaction, and answers it the way `EffectResult` documents. Desk events and
 * outgoing webhooks are recorded on the session and go out after the commit.
 */
export function performEffect(session: TurnSession, effect: DbEffect): EffectResult {
  const { db } = session.ctx;
  switch (effect.type) {
    case "check_availability":
      return checkAvailability(db, effect.queue, session.at);
    case "enqueue_handoff":
      return enqueue(session, effect);
    case "cancel_handoff": {
      const row = openHandoffOf(db, session.conversationId);
      if (row) {
        finishHandoff(db, row.id, effect.reason === "timeout" && !session.userLeft ? "timed_out" : "abandoned", new Date(session.at));
        announce(session, row.id, "handoff.updated");
        session.openHandoff = null;
        session.reschedule = true;
        if (row.status === "queued") session.linesMoved.add(row.queue);
      }
      return { ok: true };
    }
    case "deliver_to_agent": {
      const row = openHandoffOf(db, session.conversationId);
      if (row) setLastUserMessage(db, row.id, effect.text);
      return { ok: true };
    }
    case "create_ticket": {
      const ticket = insertTicket(db, {
        reference: newReference("T"),
        conversationId: session.conversationId,
        queue: effect.queue,
        email: effect.email,
        description: effect.description,
        context: effect.context,
        transcript: effect.transcript,
        now: new Date(session.at),
      });
      addDeskEvent(session, "ticket", ticket.queue, null, { ticket });
      session.notifications.push({ event: "ticket.created", payload: { ticket } });
      return { ok: true, reference: ticket.reference };
    }
    case "offer_callback_slots":
      return { ok: true, slots: callbackSlots(queueSettings(db, effect.queue), session.at, 3) };
    case "schedule_callback": {
      const calendar = queueSettings(db, effect.queue);
      const slotAt = Date.parse(effect.slot.value);
      if (!Number.isFinite(slotAt) || slotAt <= session.at || !isOpenAt(calendar, slotAt)) return { ok: false, error: "slot_outside_hours" };
      const callback = insertCallback(db, {
        reference: newReference("CB"),
        conversationId: session.conversationId,
        queue: effect.queue,
        phone: effect.phone,
        slotAt: new Date(slotAt),
        slotLabel: effect.slot.label,
        context: effect.context,
        now: new Date(session.at),
      });
      addDeskEvent(session, "callback", callback.queue, null, { callback });
      session.notifications.push({ event: "callback.scheduled", payload: { callback } });
      return { ok: true, reference: callback.reference };
    }
  }
}

/** Step 3: the handoff row with transcript and context card, its place in line, its deadline. */
function enqueue(session: TurnSession, effect: Extract<Effect, { type: "enqueue_handoff" }>): EffectResult {
  const { db } = session.ctx;
  if (openHandoffOf(db, session.conversationId)) return { ok: false, error: "duplicate_handoff" };
  const settings = queueSettings(db, effect.queue);
  const waitSec = settings.waitTimeoutSec > 0 ? settings.waitTimeoutSec : effect.waitTimeoutSec;
  const id = randomUUID();
  const userLines = effect.transcript.filter((entry) => entry.from === "user");
  insertHandoff(db, {
    id,
    conversationId: session.conversationId,
    runtimeId: effect.handoffId,
    trigger: effect.trigger,
    nodeId: effect.context.nodeId,
    handoffNodeId: effect.context.handoffNodeId,
    queue: effect.queue,
    priority: effect.priority,
    priorityRank: PRIORITY_RANK[effect.priority],
    status: "queued",
    context: JSON.stringify(effect.context),
    transcript: JSON.stringify(effect.transcript),
    summary: effect.context.summary,
    lastUserMessage: userLines[userLines.length - 1]?.text ?? null,
    requestedAt: new Date(session.at),
    waitDeadline: waitSec > 0 ? new Date(session.at + waitSec * 1000) : null,
  });
  const row = getHandoffRow(db, id);
  if (!row) return { ok: false, error: "enqueue_failed" };
  session.openHandoff = row;
  session.reschedule = true;
  const position = positionOf(db, row);
  const handoff = toDeskHandoff(row, { flowId: session.flowId, position, now: session.at });
  addDeskEvent(session, "handoff.created", row.queue, null, { handoff });
  session.notifications.push({ event: "handoff.requested", payload: { handoff, context: effect.context } });
  return { ok: true, position, estimatedWaitSec: estimateWait(db, effect.queue, position, availableAgents(db, effect.queue, session.at)) };
}

/** Tells the desk (and webhooks, for `event`) that a handoff changed. */
export function announce(session: TurnSession, handoffId: string, type: "handoff.updated" | "handoff.created", queues?: string[]): void {
  const { db } = session.ctx;
  const row = getHandoffRow(db, handoffId);
  if (!row) return;
  const handoff = toDeskHandoff(row, { flowId: session.flowId, position: row.status === "queued" ? positionOf(db, row) : null, now: session.at });
  for (const queue of queues ?? [row.queue]) addDeskEvent(session, type, queue, null, { handoff });
}
