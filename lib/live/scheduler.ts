import { dueHandoffs, nextDeadline } from "@/db/queries/live/handoffs";
import { claimDueRetries, nextRetryAt } from "@/db/queries/live/webhooks";
import { retryDelivery } from "@/lib/handoff/webhook-sender";
import type { LiveContext } from "./context";
import { fireTimeout } from "./handoff-timeout";

/** Longest single sleep, so a changed clock or a deadline added elsewhere is noticed soon. */
const MAX_SLEEP_MS = 60_000;

/**
 * Fires what is due from the database: handoff wait timeouts (→ `handoff_timeout` into the
 * conversation) and webhook retries. Deadlines live in the database, so nothing is lost across a
 * restart: `start()` processes everything that fell due meanwhile, then one `setTimeout` sleeps
 * until the next one. `runDue()` lets tests drive it with their own clock.
 */
export function createScheduler(options: { autoSchedule: boolean }) {
  let context: LiveContext | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  async function runDue(): Promise<void> {
    if (!context) return;
    const ctx = context;
    const now = new Date(ctx.now());
    // together, so timeouts of different conversations share a transaction (see group-commit.ts)
    await Promise.all(dueHandoffs(ctx.db, now).map((due) => fireTimeout(ctx, due).catch((error: unknown) => console.error("handoff timeout failed", error))));
    for (const delivery of claimDueRetries(ctx.db, now)) void retryDelivery(ctx, delivery);
  }

  function plan(): void {
    if (!context || stopped || !options.autoSchedule) return;
    if (timer) clearTimeout(timer);
    timer = null;
    const times = [nextDeadline(context.db), nextRetryAt(context.db)].filter((at): at is number => at !== null);
    if (times.length === 0) return;
    const wait = Math.min(MAX_SLEEP_MS, Math.max(0, Math.min(...times) - context.now()));
    timer = setTimeout(() => void tick(), wait);
    timer.unref?.();
  }

  async function tick(): Promise<void> {
    timer = null;
    if (running) return running;
    running = runDue().finally(() => {
      running = null;
      plan();
    });
    return running;
  }

  return {
    attach(ctx: LiveContext) {
      context = ctx;
    },
    /** Processes what is already due, then keeps the timer. */
    start(): Promise<void> {
      stopped = false;
      return tick();
    },
    /** Something new was scheduled (a handoff enqueued, a retry planned): re-plan the timer. */
    poke(): void {
      plan();
    },
    runDue,
    stop(): void {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
