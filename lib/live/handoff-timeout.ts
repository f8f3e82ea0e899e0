import { clearDeadline, finishHandoff, getHandoffRow } from "@/db/queries/live/handoffs";
import { announce } from "@/lib/handoff/server-host";
import type { LiveContext } from "./context";
import { runTurn } from "./run-turn";

/** A chat stream that reconnects (EventSource retries after 2 s) is not a user who left. */
const USER_LEFT_AFTER_MS = 30_000;

/**
 * Nobody accepted a queued handoff before its deadline: sends `handoff_timeout` into the
 * conversation (the runtime cancels the handoff and leaves through `unavailable`, e.g. to a
 * ticket or callback) — recorded as abandoned instead of timed out when the user's chat page had
 * closed and not come back. Runs in the conversation's turn queue, so an agent's accept and the
 * timeout cannot both win; whatever the runtime says, the row stops being due.
 */
export async function fireTimeout(ctx: LiveContext, due: { id: string; conversationId: string; runtimeId: string }): Promise<void> {
  await runTurn(ctx, due.conversationId, (session) => {
    const row = getHandoffRow(ctx.db, due.id);
    if (!row || row.status !== "queued" || !row.waitDeadline || row.waitDeadline.getTime() > session.at) return [];
    clearDeadline(ctx.db, row.id);
    session.reschedule = true;
    if (session.state.status !== "queued" || session.state.handoff?.id !== row.runtimeId) {
      // the runtime is past this handoff: close the row so it does not linger in the desk
      finishHandoff(ctx.db, row.id, "timed_out", new Date(session.at));
      announce(session, row.id, "handoff.updated");
      return [];
    }
    // the user's chat closed (its event stream ended) a while before and never came back: they left the line
    const leftAt = ctx.hub.leftAt(`conv:${due.conversationId}`);
    if (leftAt !== null && session.at - leftAt >= USER_LEFT_AFTER_MS) session.userLeft = true;
    return [{ type: "handoff_timeout", handoffId: row.runtimeId, at: new Date(session.at).toISOString() }];
  });
}
