import { listOpenHandoffs } from "@/db/queries/live/handoffs";
import type { LiveContext } from "./context";
import { editConversations } from "./run-turn";

/** Places beyond this are refreshed once they move up into it (a line that long changes often). */
const TOLD_PLACES = 100;

const pending = new WeakMap<LiveContext, Set<string>>();

/**
 * Someone left `queue`'s line (accepted, timed out, transferred): the users waiting there learn
 * their new place as a status event, stored and replayable (the runtime has no event for it, so
 * the server updates the position in the state it owns); only users whose place changed get one.
 * All of a line's updates go in one transaction, and every departure from the same queue in
 * one tick (the scheduler fires due timeouts together) makes a single refresh. Runs after
 * commit; never throws.
 */
export function refreshPositions(ctx: LiveContext, queue: string): void {
  const queued = pending.get(ctx) ?? new Set<string>();
  pending.set(ctx, queued);
  if (queued.has(queue)) return;
  queued.add(queue);
  setImmediate(() => {
    queued.delete(queue);
    try {
      const waiting = listOpenHandoffs(ctx.db, [queue]).filter((row) => row.status === "queued").slice(0, TOLD_PLACES);
      const places = new Map(waiting.map((row, index) => [row.conversationId, { runtimeId: row.runtimeId, place: index + 1 }]));
      editConversations(ctx, [...places.keys()], (session) => {
        const handoff = session.state.handoff;
        const expected = places.get(session.conversationId);
        if (session.state.status === "queued" && handoff && expected && handoff.id === expected.runtimeId && handoff.position !== expected.place) handoff.position = expected.place;
      });
    } catch (error) {
      console.error("refreshing queue positions failed", error);
    }
  });
}
