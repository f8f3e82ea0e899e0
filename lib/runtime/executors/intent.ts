import { classifierOf } from "../prepared";
import { awaitInput, record, tell, understood } from "../turn";
import type { Executor } from "./executor";

/** Intent: waits for a message and routes on its intent; below the threshold it is a no-match. */
export const intentExecutor: Executor<"intent"> = {
  enter(node, turn, retry) {
    if (!retry) tell(turn, node.config.prompt, node.id);
    return awaitInput(turn, node.id, "intent");
  },
  onInput(node, turn, text) {
    const { intent, score } = classifierOf(turn, node.id).classify(text);
    turn.draft.lastIntent = { intent, score };
    // a custom classifier may name an intent this node does not have: that is not a match here.
    // Each intent is a port of the node (compile lists them all): one lookup, not a scan of 50 intents.
    if (intent === null || intent === "no_match" || !Object.hasOwn(node.next, intent)) return { noMatch: true };
    record(turn, { type: "intent_matched", nodeId: node.id, intent, score });
    understood(turn, node.id);
    return { port: intent };
  },
};
