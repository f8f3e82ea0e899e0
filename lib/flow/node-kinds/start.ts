import { z } from "zod";

/** Where every conversation begins. Exactly one per flow. */
export const startConfigSchema = z.object({}).strict();
export type StartConfig = z.infer<typeof startConfigSchema>;

export const startDefaults = {} as const satisfies StartConfig;

export const startPorts = () => ["next"] as const;
