import { availableAgents } from "@/db/queries/live/agents";
import { medianHandleSec, queuedCount } from "@/db/queries/live/handoffs";
import { queueSettings } from "@/db/queries/live/queues";
import type { Db } from "@/db/open";
import type { EffectResult } from "@/lib/runtime";
import { isOpenAt } from "./business-hours";

/** Assumed handle time when a queue has no finished chats yet, and the pickup time of a free agent. */
export const DEFAULT_HANDLE_SEC = 300;
export const PICKUP_SEC = 30;

/**
 * Step 2 of the protocol for `queue` at `now`: closed (business hours in the queue's zone, or a
 * holiday) → `closed`; nobody online (a fresh heartbeat, presence online) → `offline`; as many
 * waiting as the queue's capacity → `full`. Otherwise available, with an estimated wait: a free
 * agent picks up in about 30 s; else the median handle time of the queue's recent chats for each
 * round of chats ahead.
 */
export function checkAvailability(db: Db, queue: string, now: number): EffectResult {
  const settings = queueSettings(db, queue);
  if (!isOpenAt(settings, now)) return { ok: true, available: false, reason: "closed" };
  const agents = availableAgents(db, queue, now);
  if (agents.length === 0) return { ok: true, available: false, reason: "offline" };
  const waiting = queuedCount(db, queue);
  if (waiting >= settings.capacity) return { ok: true, available: false, reason: "full" };
  return { ok: true, available: true, estimatedWaitSec: estimateWait(db, queue, waiting + 1, agents) };
}

/** Estimated wait of the `position`-th in line, given the agents online and their free slots. */
export function estimateWait(db: Db, queue: string, position: number, agents: { free: number }[]): number {
  const free = agents.reduce((sum, agent) => sum + agent.free, 0);
  if (position <= free) return PICKUP_SEC;
  const rounds = Math.ceil((position - free) / Math.max(1, agents.length));
  return PICKUP_SEC + rounds * (medianHandleSec(db, queue) ?? DEFAULT_HANDLE_SEC);
}
