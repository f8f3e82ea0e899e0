import { eq } from "drizzle-orm";
import { officeHours } from "@/lib/handoff/queue-config";
import type { Db } from "../../open";
import { users } from "../../auth-schema";
import { queues } from "../../live-schema";
import { createQueue, saveAgentIfMissing } from "./seed-helpers";

export const DEMO_AGENT_EMAIL = "agent@acme.test";

/**
 * Demo live-chat setup: queues `support` and `billing` (Mon–Fri 09:00–17:00 Europe/London) and
 * the demo agent (agent@acme.test, made by `seedDemoUsers`) serving both. Idempotent: existing
 * queues and agent profiles are left as they are. Returns what it added.
 */
export function seedLiveDemo(db: Db): { queues: string[]; agent: boolean } {
  return db.transaction((tx) => {
    const added: string[] = [];
    for (const name of ["support", "billing"]) {
      if (tx.select({ id: queues.id }).from(queues).where(eq(queues.name, name)).get()) continue;
      createQueue(tx, name, officeHours());
      added.push(name);
    }
    const user = tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, DEMO_AGENT_EMAIL)).get();
    const agent = user ? saveAgentIfMissing(tx, user.id, user.name, ["support", "billing"]) : false;
    return { queues: added, agent };
  });
}

