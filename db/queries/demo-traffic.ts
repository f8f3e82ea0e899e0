import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../open";
import { appMeta } from "../schema";

const KEY = "demo_traffic";
const pending = z.object({ status: z.literal("pending"), flowId: z.string().min(1) });

/**
 * Marks the demo flow for simulated traffic once its server is up. Called only on the start that
 * seeded a fresh database, so a database that already had data never gets simulated traffic.
 */
export function queueDemoTraffic(db: Db, flowId: string): void {
  db.insert(appMeta).values({ key: KEY, value: JSON.stringify({ status: "pending", flowId }) }).onConflictDoNothing().run();
}

/**
 * Takes the pending demo traffic, if any: returns the flow to simulate and marks it started, in one
 * write, so a restart (even one that interrupts the simulation) never simulates a second time.
 */
export function takeDemoTraffic(db: Db, now = new Date()): string | null {
  return db.transaction((tx) => {
    const row = tx.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, KEY)).get();
    const parsed = row ? pending.safeParse(safeJson(row.value)) : null;
    if (!row || !parsed?.success) return null;
    const taken = tx
      .update(appMeta)
      .set({ value: JSON.stringify({ status: "started", flowId: parsed.data.flowId, at: now.toISOString() }) })
      .where(and(eq(appMeta.key, KEY), eq(appMeta.value, row.value)))
      .run();
    return taken.changes === 1 ? parsed.data.flowId : null;
  });
}

/** Records that the demo traffic finished, with what it did. */
export function finishDemoTraffic(db: Db, flowId: string, summary: object, now = new Date()): void {
  db.update(appMeta)
    .set({ value: JSON.stringify({ status: "done", flowId, at: now.toISOString(), summary }) })
    .where(eq(appMeta.key, KEY))
    .run();
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
