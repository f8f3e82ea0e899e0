import { interpolate } from "../template";
import { tell, type Turn } from "../turn";
import type { QuickReply } from "../bundle-types";
import type { Executor } from "./executor";

/** Message: says its text (interpolated) with its quick replies, then `next`. */
export const messageExecutor: Executor<"message"> = {
  enter(node, turn) {
    tell(turn, node.config.text, node.id, replies(turn, node.config.quickReplies));
    return { port: "next" };
  },
};

function replies(turn: Turn, quickReplies: QuickReply[]): QuickReply[] {
  if (quickReplies.length === 0) return quickReplies; // `say` attaches none: nothing to copy
  return quickReplies.map((reply) => {
    const label = interpolate(reply.label, turn.draft.variables);
    return reply.value === undefined ? { label } : { label, value: interpolate(reply.value, turn.draft.variables) };
  });
}
