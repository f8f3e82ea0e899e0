import type { ChatStatus } from "@/lib/api/live";
import type { ConversationState } from "@/lib/runtime";

/** What the chat shows about where the user is, read from the runtime state. */
export function chatStatus(state: ConversationState): ChatStatus {
  const handoff = state.handoff;
  switch (state.status) {
    case "queued":
      return {
        state: "queued",
        acceptsInput: true,
        ...(handoff?.position !== undefined ? { position: handoff.position } : {}),
        ...(handoff?.estimatedWaitSec !== undefined ? { estimatedWaitSec: handoff.estimatedWaitSec } : {}),
        ...(handoff ? { queue: handoff.queue } : {}),
      };
    case "with_agent":
      return {
        state: "with_agent",
        acceptsInput: true,
        ...(handoff?.agentName !== undefined ? { agentName: handoff.agentName } : {}),
        ...(handoff ? { queue: handoff.queue } : {}),
      };
    case "ended":
      return { state: "ended", acceptsInput: false };
    default:
      return { state: "bot", acceptsInput: state.status === "waiting_input" };
  }
}

/** Two statuses say the same thing (so no status event is sent). */
export function sameStatus(a: ChatStatus, b: ChatStatus): boolean {
  return (
    a.state === b.state &&
    a.acceptsInput === b.acceptsInput &&
    a.position === b.position &&
    a.estimatedWaitSec === b.estimatedWaitSec &&
    a.agentName === b.agentName &&
    a.queue === b.queue
  );
}
