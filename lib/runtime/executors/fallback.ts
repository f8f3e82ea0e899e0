import { ownCounters, record, say } from "../turn";
import type { Executor } from "./executor";

/**
 * Fallback: one escalating reprompt per attempt, counted per failed node, then `retry` (back to
 * that node unless connected elsewhere); past `maxAttempts`, `exhausted` (the no_match trigger).
 */
export const fallbackExecutor: Executor<"fallback"> = {
  enter(node, turn) {
    const counters = ownCounters(turn);
    const failed = turn.draft.failedNodeId ?? node.id;
    const attempts = counters.fallback[failed] ?? 0;
    if (attempts >= node.config.maxAttempts) {
      delete counters.fallback[failed];
      return { port: "exhausted" };
    }
    counters.fallback[failed] = attempts + 1;
    record(turn, { type: "fallback_attempt", nodeId: node.id, failedNodeId: failed, attempt: attempts + 1 });
    const messages = node.config.messages;
    say(turn, messages[Math.min(attempts, messages.length - 1)] ?? "", node.id);
    return { port: "retry" };
  },
};
