import { evaluateIn, truthy } from "../json-logic";
import { logicData } from "../turn";
import type { Executor } from "./executor";

/** Condition: `true` when its JSONLogic rule holds over the variables (plus intent, trigger, node). */
export const conditionExecutor: Executor<"condition"> = {
  enter: (node, turn) => ({ port: truthy(evaluateIn(node.config.rule, logicData(turn.draft))) ? "true" : "false" }),
};
