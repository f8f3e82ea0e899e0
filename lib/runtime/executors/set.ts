import { evaluateIn } from "../json-logic";
import { interpolate } from "../template";
import { logicData, setVariable } from "../turn";
import type { Executor } from "./executor";

/** Set: each assignment in order; strings interpolate, objects are JSONLogic, the rest literal. */
export const setExecutor: Executor<"set"> = {
  enter(node, turn) {
    for (const { variable, value } of node.config.assignments) {
      const result =
        typeof value === "string"
          ? interpolate(value, turn.draft.variables)
          : value !== null && typeof value === "object"
            ? evaluateIn(value, logicData(turn.draft))
            : value;
      setVariable(turn, node.id, variable, result);
    }
    return { port: "next" };
  },
};
