import { listOpenHandoffs } from "@/db/queries/live/handoffs";
import type { LiveContext } from "./context";
import { runTurn } from "./run-turn";

/** Places beyond this are refreshed once they move up into it (a line that long changes often). */
const TOLD_PLACES = 100;

const pending = new WeakMap<LiveContext, Map<string, { again: boolean }>>();

/**
 * Someone left `queue`'s line (accepted, timed out, transferred): the users waiting there learn
 * their new place as a status event. Each update is a turn of that conversation (stored and
 * replayable; the runtime has no event for it, so the server updates the position in the state
 * it owns) and only users whose place changed get one. Refreshes of one queue are coalesced: while
 * one runs, any number of new requests make exactly one more run. Runs after commit; never throws.
 */
export async function refreshPositions(ctx: LiveContext, queue: string): Promise<void> {
  const byQueue = pending.get(ctx) ?? new Map<string, { again: boolean }>();
  pending.set(ctx, byQueue);
  const running = byQueue.get(queue);
  if (running) {
    running.again = true;
    return;
  }
  const state = { again: true };
  byQueue.set(queue, state);
  try {
    while (state.again) {
      state.again = false;
      const waiting = listOpenHandoffs(ctx.db, [queue]).filter((row) => row.status === "queued").slice(0, TOLD_PLACES);
      for (const [index, row] of waiting.entries()) {
        await runTurn(ctx, row.conversationId, (session) => {
          const handoff = session.state.handoff;
          if (session.state.status === "queued" && handoff && handoff.id === row.runtimeId && handoff.position !== index + 1) handoff.position = index + 1;
          return [];
        });
      }
    }
  } catch (error) {
    console.error("refreshing queue positions failed", error);
  } finally {
    byQueue.delete(queue);
  }
}
