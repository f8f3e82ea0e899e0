import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { WeeklyHours } from "@/lib/api/live";
import type { Queryable } from "../../open";
import { agents, queues } from "../../live-schema";

export function createQueue(db: Queryable, name: string, hours: WeeklyHours): void {
  db.insert(queues)
    .values({ id: randomUUID(), name, hours: JSON.stringify(hours), timeZone: "Europe/London", holidays: "[]", waitTimeoutSec: 0, capacity: 50 })
    .run();
}

export function saveAgentIfMissing(db: Queryable, userId: string, displayName: string, queueNames: string[]): boolean {
  if (db.select({ id: agents.userId }).from(agents).where(eq(agents.userId, userId)).get()) return false;
  db.insert(agents).values({ userId, displayName, queues: JSON.stringify(queueNames), maxConcurrent: 3, presence: "offline" }).run();
  return true;
}
