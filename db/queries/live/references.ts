import { randomUUID } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import type { CallbackStatus, ContextCard, LiveCallback, LiveTicket, TicketStatus } from "@/lib/api/live";
import { AppError } from "@/lib/errors";
import type { Queryable } from "../../open";
import { callbacks, tickets } from "../../live-schema";

export function insertTicket(
  db: Queryable,
  input: { reference: string; conversationId: string | null; queue: string; email: string; description: string; context: unknown; transcript: unknown; now: Date },
): LiveTicket {
  const row = db
    .insert(tickets)
    .values({
      id: randomUUID(),
      reference: input.reference,
      conversationId: input.conversationId,
      queue: input.queue,
      email: input.email,
      description: input.description,
      status: "open",
      context: input.context === null ? null : JSON.stringify(input.context),
      transcript: JSON.stringify(input.transcript),
      createdAt: input.now,
      updatedAt: input.now,
    })
    .returning()
    .get();
  return toTicket(row);
}

export function insertCallback(
  db: Queryable,
  input: { reference: string; conversationId: string | null; queue: string; phone: string; slotAt: Date; slotLabel: string; context: unknown; now: Date },
): LiveCallback {
  const row = db
    .insert(callbacks)
    .values({
      id: randomUUID(),
      reference: input.reference,
      conversationId: input.conversationId,
      queue: input.queue,
      phone: input.phone,
      slotAt: input.slotAt,
      slotLabel: input.slotLabel,
      status: "scheduled",
      context: input.context === null ? null : JSON.stringify(input.context),
      createdAt: input.now,
      updatedAt: input.now,
    })
    .returning()
    .get();
  return toCallback(row);
}

export function listTickets(db: Queryable, status?: TicketStatus): LiveTicket[] {
  return db
    .select()
    .from(tickets)
    .where(status ? eq(tickets.status, status) : undefined)
    .orderBy(desc(tickets.createdAt))
    .limit(500)
    .all()
    .map(toTicket);
}

export function listCallbacks(db: Queryable, status?: CallbackStatus): LiveCallback[] {
  return db
    .select()
    .from(callbacks)
    .where(status ? eq(callbacks.status, status) : undefined)
    .orderBy(callbacks.slotAt)
    .limit(500)
    .all()
    .map(toCallback);
}

export function setTicketStatus(db: Queryable, id: string, status: TicketStatus, now = new Date()): LiveTicket {
  const row = db.update(tickets).set({ status, updatedAt: now }).where(eq(tickets.id, id)).returning().get();
  if (!row) throw new AppError("not_found", `No ticket with id "${id}".`, { id });
  return toTicket(row);
}

export function setCallbackStatus(db: Queryable, id: string, status: CallbackStatus, now = new Date()): LiveCallback {
  const row = db.update(callbacks).set({ status, updatedAt: now }).where(eq(callbacks.id, id)).returning().get();
  if (!row) throw new AppError("not_found", `No callback with id "${id}".`, { id });
  return toCallback(row);
}

function toTicket(row: typeof tickets.$inferSelect): LiveTicket {
  return {
    id: row.id,
    reference: row.reference,
    conversationId: row.conversationId,
    queue: row.queue,
    email: row.email,
    description: row.description,
    status: row.status === "pending" || row.status === "closed" ? row.status : "open",
    context: readContext(row.context),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toCallback(row: typeof callbacks.$inferSelect): LiveCallback {
  const status: CallbackStatus = row.status === "done" || row.status === "missed" || row.status === "cancelled" ? row.status : "scheduled";
  return {
    id: row.id,
    reference: row.reference,
    conversationId: row.conversationId,
    queue: row.queue,
    phone: row.phone,
    slotAt: row.slotAt.toISOString(),
    slotLabel: row.slotLabel,
    status,
    context: readContext(row.context),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Context cards were written by the server from the runtime's own card. */
export function readContext(text: string | null): ContextCard | null {
  if (!text) return null;
  const value: unknown = JSON.parse(text);
  return isContextCard(value) ? value : null;
}

function isContextCard(value: unknown): value is ContextCard {
  return typeof value === "object" && value !== null && "handoffId" in value && "trigger" in value && "queue" in value && "conversation" in value;
}
