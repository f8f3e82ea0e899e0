import { interpolate } from "../template";
import { say } from "../turn";
import type { Executor } from "./executor";

/** End: says goodbye (when set) and ends the conversation. */
export const endExecutor: Executor<"end"> = {
  enter(node, turn) {
    say(turn, interpolate(node.config.message, turn.state.variables), node.id);
    return { end: true };
  },
};
