import { awaitInput, setVariable, tell, understood, withQuickReplies } from "../turn";
import { validateAnswer } from "../validate-answer";
import type { Executor } from "./executor";

/** Question: asks (choices as quick replies), validates the answer, stores it, `answered`. */
export const questionExecutor: Executor<"question"> = {
  enter(node, turn, retry) {
    const choices = node.config.choices.map((choice) => ({ label: choice }));
    if (retry) withQuickReplies(turn, choices);
    else tell(turn, node.config.prompt, node.id, choices);
    return awaitInput(turn, node.id, "answer");
  },
  onInput(node, turn, text) {
    const value = validateAnswer(text, node.config.validation, node.config.choices);
    if (value === undefined) return { noMatch: true };
    setVariable(turn, node.id, node.config.variable, value);
    understood(turn, node.id);
    return { port: "answered" };
  },
};
