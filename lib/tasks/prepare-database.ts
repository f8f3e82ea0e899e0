import { conversations } from "../../db/live-schema";
import { openDatabase } from "../../db/open";
import { queueDemoTraffic } from "../../db/queries/demo-traffic";
import { seedLiveDemo } from "../../db/queries/live/seed";
import { seedDemoContent } from "../../db/seed";
import { flows } from "../../db/schema";
import { ensureAdmin, seedDemoUsers } from "../../db/seed-users";
import { env } from "../server/env";

/** What `prepareDatabase` did, for the start task's log. */
export interface PreparedDatabase {
  seeded: boolean;
  adminCreated: boolean;
  demoUsersSeeded: boolean;
  /** The demo flow gets simulated traffic once the server listens (see `runDemoTraffic`). */
  demoTrafficQueued: boolean;
}

/**
 * The database half of `npm start`: creates and migrates the file, seeds the demo flow, the admin
 * from the environment, the demo accounts, queues and agent, and — only on the start that seeded
 * a fresh, empty database — queues simulated traffic for the demo flow (BATON_DEMO_TRAFFIC=0: none).
 */
export async function prepareDatabase(databasePath: string): Promise<PreparedDatabase> {
  const db = openDatabase(databasePath);
  try {
    // a database someone already used (flows or chats, e.g. made by `next start` alone) gets no simulated traffic
    const hadData = db.select({ id: flows.id }).from(flows).limit(1).get() !== undefined || db.select({ id: conversations.id }).from(conversations).limit(1).get() !== undefined;
    const { seeded, flowId } = seedDemoContent(db);
    const admin = await ensureAdmin(db);
    // Demo accounts make the first run explorable; BATON_DEMO_USERS=0 (or BATON_ADMIN_EMAIL) opts out,
    // and then /setup creates the first admin. Settings warns while the demo accounts exist.
    const demoUsers = process.env.BATON_DEMO_USERS === "0" ? { seeded: false } : await seedDemoUsers(db);
    // Queues (support, billing) and the demo agent on them, so a handoff has somewhere to go.
    if (seeded) seedLiveDemo(db);
    const demoTrafficQueued = seeded && !hadData && flowId !== null && env.BATON_DEMO_TRAFFIC > 0;
    if (demoTrafficQueued) queueDemoTraffic(db, flowId);
    return { seeded, adminCreated: admin.created, demoUsersSeeded: demoUsers.seeded, demoTrafficQueued };
  } finally {
    db.$client.close();
  }
}
