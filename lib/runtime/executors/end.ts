import { tell } from "../turn";
import type { Executor } from "./executor";

/** End: says goodbye (when set) and ends the conversation. */
export const endExecutor: Executor<"end"> = {
  enter(node, turn) {
    tell(turn, node.config.message, node.id);
    return { end: true };
  },
};
