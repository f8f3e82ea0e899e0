import { and, eq, sql } from "drizzle-orm";
import type { AgentInput, LiveAgent, Presence } from "@/lib/api/live";
import { AppError } from "@/lib/errors";
import { readStringList } from "@/lib/handoff/queue-config";
import type { Db, Queryable } from "../../open";
import { preparedPer } from "../prepared";
import { users } from "../../auth-schema";
import { agents, handoffs } from "../../live-schema";

export type AgentRow = typeof agents.$inferSelect;

/** Agents whose heartbeat is older than this count as offline, whatever they last said. */
export const PRESENCE_STALE_MS = 5 * 60_000;

export function getAgent(db: Queryable, userId: string): LiveAgent | null {
  return listAgents(db, userId)[0] ?? null;
}

/** Every agent (or one) with email and how many chats they hold now. */
export function listAgents(db: Queryable, userId?: string): LiveAgent[] {
  const active = sql<number>`(select count(*) from ${handoffs} where ${handoffs.agentId} = ${agents.userId} and ${handoffs.status} = 'assigned')`;
  const rows = db
    .select({ agent: agents, email: users.email, activeChats: active })
    .from(agents)
    .innerJoin(users, eq(users.id, agents.userId))
    .where(userId === undefined ? undefined : eq(agents.userId, userId))
    .orderBy(agents.displayName)
    .all();
  return rows.map((row) => toLiveAgent(row.agent, row.email, row.activeChats));
}

/** Online, recently seen agents of `queue` with their free chat slots. */
const statements = preparedPer((db: Db) => ({
  online: db
    .select({ userId: agents.userId, queues: agents.queues, max: agents.maxConcurrent, lastSeenAt: agents.lastSeenAt,
      active: sql<number>`(select count(*) from ${handoffs} where ${handoffs.agentId} = ${agents.userId} and ${handoffs.status} = 'assigned')` })
    .from(agents)
    .where(eq(agents.presence, "online"))
    .prepare(),
}));

export function availableAgents(db: Db, queue: string, now: number): { userId: string; free: number }[] {
  const rows = statements(db).online.all();
  return rows
    .filter((row) => row.lastSeenAt !== null && now - row.lastSeenAt.getTime() <= PRESENCE_STALE_MS && readStringList(row.queues).includes(queue))
    .map((row) => ({ userId: row.userId, free: Math.max(0, row.max - row.active) }));
}

export function saveAgent(db: Queryable, input: AgentInput, now = new Date()): void {
  if (!db.select({ id: users.id }).from(users).where(eq(users.id, input.userId)).get()) {
    throw new AppError("not_found", `No user with id "${input.userId}".`, { userId: input.userId });
  }
  const values = { displayName: input.displayName, queues: JSON.stringify(input.queues), maxConcurrent: input.maxConcurrent, updatedAt: now };
  db.insert(agents)
    .values({ userId: input.userId, ...values, createdAt: now })
    .onConflictDoUpdate({ target: agents.userId, set: values })
    .run();
}

export function deleteAgent(db: Queryable, userId: string): void {
  if (db.delete(agents).where(eq(agents.userId, userId)).run().changes === 0) {
    throw new AppError("not_found", `No agent with user id "${userId}".`, { userId });
  }
}

export function setPresence(db: Queryable, userId: string, presence: Presence, now = new Date()): void {
  const result = db.update(agents).set({ presence, lastSeenAt: now, updatedAt: now }).where(and(eq(agents.userId, userId))).run();
  if (result.changes === 0) throw new AppError("not_found", "You are not set up as an agent yet. Ask an admin to add you in Settings → Agents.");
}

function toLiveAgent(row: AgentRow, email: string, activeChats: number): LiveAgent {
  return {
    userId: row.userId,
    email,
    displayName: row.displayName,
    presence: row.presence === "online" || row.presence === "away" ? row.presence : "offline",
    lastSeenAt: row.lastSeenAt ? row.lastSeenAt.toISOString() : null,
    maxConcurrent: row.maxConcurrent,
    queues: readStringList(row.queues),
    activeChats,
  };
}
