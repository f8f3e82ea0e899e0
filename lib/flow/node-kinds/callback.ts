import { z } from "zod";

/**
 * When nobody can take the conversation now: collects a phone number and a slot inside the
 * queue's business hours (the host offers the slots) and schedules a callback
 * (`{{callback_ref}}`, `{{callback_slot}}`).
 */
export const callbackConfigSchema = z.object({
  queue: z.string().default(""),
  askPhone: z.string().default("What phone number should we call?"),
  askSlot: z.string().default("When would suit you? Pick a time:"),
  /** Said when the answer is not a phone number; the node then asks again. */
  invalidPhone: z.string().default("That doesn't look like a phone number. Please type it with the country code, like +44 20 7946 0000."),
  /** Said when the answer is none of the offered times. */
  pickSlot: z.string().default("Please pick one of these times:"),
  confirmation: z.string().default("Done: we'll call you at {{callback_slot}}. Reference {{callback_ref}}."),
});
export type CallbackConfig = z.infer<typeof callbackConfigSchema>;

export const callbackDefaults = {
  queue: "",
  askPhone: "What phone number should we call?",
  askSlot: "When would suit you? Pick a time:",
  invalidPhone: "That doesn't look like a phone number. Please type it with the country code, like +44 20 7946 0000.",
  pickSlot: "Please pick one of these times:",
  confirmation: "Done: we'll call you at {{callback_slot}}. Reference {{callback_ref}}.",
} as const satisfies CallbackConfig;

export const callbackPorts = () => ["scheduled", "failed"] as const;
