import { availableAgents } from "@/db/queries/live/agents";
import { queuedCount } from "@/db/queries/live/handoffs";
import { toSettings, type QueueRow } from "@/db/queries/live/queues";
import type { Db } from "@/db/open";
import type { LiveQueue } from "@/lib/api/live";
import { isOpenAt } from "@/lib/handoff/business-hours";

/** A queue as the settings API returns it, with its live numbers at `now`. */
export function toLiveQueue(db: Db, row: QueueRow, now: number): LiveQueue {
  const settings = toSettings(row);
  return {
    id: row.id,
    name: row.name,
    hours: settings.hours,
    timeZone: row.timeZone,
    holidays: settings.holidays,
    waitTimeoutSec: row.waitTimeoutSec,
    capacity: row.capacity,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    live: { open: isOpenAt(settings, now), agentsAvailable: availableAgents(db, row.name, now).filter((agent) => agent.free > 0).length, waiting: queuedCount(db, row.name) },
  };
}
