import { z } from "zod";
import { jsonLogicSchema, variableNameSchema } from "../json";

export const assignmentSchema = z.object({
  variable: variableNameSchema,
  /** JSONLogic; a plain string, number or boolean is a literal (strings interpolate `{{var}}`). */
  value: jsonLogicSchema,
});

/** Sets variables. */
export const setConfigSchema = z.object({
  assignments: z.array(assignmentSchema).min(1, "Set at least one variable"),
});
export type SetConfig = z.infer<typeof setConfigSchema>;

export const setDefaults = {
  assignments: [{ variable: "plan", value: "basic" }],
} as const satisfies SetConfig;

export const setPorts = () => ["next"] as const;
