import { getAgent } from "@/db/queries/live/agents";
import type { Queryable } from "@/db/open";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import type { HubEvent } from "./sse-hub";

/** Who acts at the desk: their name for the user, and the queues they serve (null = every queue). */
export interface DeskActor {
  id: string;
  name: string;
  queues: string[] | null;
  admin: boolean;
}

/**
 * The desk identity of a signed-in user: an agent profile's name and queues; an admin without a
 * profile works every queue under their account name. An agent without a profile sees nothing.
 */
export function deskActor(db: Queryable, user: SessionUser): DeskActor {
  const admin = user.role === "admin";
  const agent = getAgent(db, user.id);
  return { id: user.id, name: agent?.displayName ?? user.name, queues: admin ? null : (agent?.queues ?? []), admin };
}

export function assertServes(actor: DeskActor, queue: string): void {
  if (actor.queues !== null && !actor.queues.includes(queue)) {
    throw new AppError("forbidden", `You don't serve the "${queue}" queue. Ask an admin to add it to your agent profile.`, { queue });
  }
}

/** Whether a desk SSE event is for this actor: their queues, and chat messages only for the assigned agent. */
export function deskEventVisible(actor: DeskActor, event: HubEvent): boolean {
  if (actor.admin) return true;
  if (event.agentId && event.agentId !== actor.id) return false;
  return !event.queue || actor.queues === null || actor.queues.includes(event.queue);
}
