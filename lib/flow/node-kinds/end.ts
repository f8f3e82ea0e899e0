import { z } from "zod";

/** Ends the conversation, optionally with a goodbye. */
export const endConfigSchema = z.object({
  message: z.string().default(""),
});
export type EndConfig = z.infer<typeof endConfigSchema>;

export const endDefaults = { message: "" } as const satisfies EndConfig;

export const endPorts = () => [] as const;
