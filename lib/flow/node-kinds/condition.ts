import { z } from "zod";
import { jsonLogicSchema } from "../json";

/** Branches on a JSONLogic rule over the variables (and `intent`, `trigger`). */
export const conditionConfigSchema = z.object({
  rule: jsonLogicSchema,
  /** A human sentence for the canvas, e.g. "plan is pro". */
  label: z.string().default(""),
});
export type ConditionConfig = z.infer<typeof conditionConfigSchema>;

export const conditionDefaults = {
  rule: { "==": [{ var: "plan" }, "pro"] },
  label: "plan is pro",
} as const satisfies ConditionConfig;

export const conditionPorts = () => ["true", "false"] as const;
