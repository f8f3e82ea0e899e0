import { z } from "zod";

/**
 * Reached from a `no_match` port. Each attempt says a different, escalating reprompt and goes
 * back to the node that failed (`retry`, or a node of the designer's choice when connected);
 * after `maxAttempts` it gives up through `exhausted` (the `no_match` handoff trigger).
 */
export const fallbackConfigSchema = z.object({
  /** One message per attempt; the last one repeats if there are fewer messages than attempts. */
  messages: z.array(z.string().min(1)).min(1, "Write at least one reprompt"),
  maxAttempts: z.number().int().min(1).max(10).default(2),
});
export type FallbackConfig = z.infer<typeof fallbackConfigSchema>;

export const fallbackDefaults = {
  messages: ["Sorry, I didn't get that. Could you rephrase?", "I still didn't understand. Please try once more, in other words."],
  maxAttempts: 2,
} as const satisfies FallbackConfig;

export const fallbackPorts = () => ["retry", "exhausted"] as const;
