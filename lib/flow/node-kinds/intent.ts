import { z } from "zod";

export const intentNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, "Use lowercase letters, digits and _ (e.g. order_status)")
  .refine((name) => name !== "no_match", "no_match is reserved for the no-match port");

/** One intent the node can recognise; each intent is a port of the node. */
export const intentDefSchema = z.object({
  name: intentNameSchema,
  /** Example utterances the classifier learns from. */
  examples: z.array(z.string().min(1)).default([]),
  /** Words or phrases that decide the intent when present (strong evidence). */
  keywords: z.array(z.string().min(1)).default([]),
  /** Regular expressions (JavaScript syntax, case-insensitive) that decide the intent. */
  patterns: z.array(z.string().min(1)).default([]),
});
export type IntentDef = z.infer<typeof intentDefSchema>;

/** Waits for the user's message and routes on its intent; below the threshold it is a no-match. */
export const intentConfigSchema = z.object({
  /** Said before waiting; empty means the previous node already asked. */
  prompt: z.string().default(""),
  intents: z.array(intentDefSchema).min(1, "Add at least one intent"),
  /** Sentences that belong to no intent: they teach the classifier what to reject. */
  outOfScope: z.array(z.string().min(1)).default([]),
  /** Minimum confidence (0–1); the flow's NLU threshold when absent. */
  threshold: z.number().min(0).max(1).optional(),
});
export type IntentConfig = z.infer<typeof intentConfigSchema>;

export const intentDefaults = {
  prompt: "How can I help you today?",
  intents: [{ name: "greeting", examples: ["hello", "hi there"], keywords: [], patterns: [] }],
  outOfScope: [],
} as const satisfies IntentConfig;

export const intentPorts = (config: Pick<IntentConfig, "intents">) => [
  ...config.intents.map((intent) => intent.name),
  "no_match",
];
