import { z } from "zod";

export const quickReplySchema = z.object({
  label: z.string().min(1, "A quick reply needs a label"),
  /** What is sent as the user's message when picked; the label when absent. */
  value: z.string().optional(),
});
export type QuickReply = z.infer<typeof quickReplySchema>;

/** Says something. `{{variable}}` in the text is replaced by the variable's value. */
export const messageConfigSchema = z.object({
  text: z.string().min(1, "A message needs text"),
  quickReplies: z.array(quickReplySchema).default([]),
});
export type MessageConfig = z.infer<typeof messageConfigSchema>;

export const messageDefaults = { text: "Hello!", quickReplies: [] } as const satisfies MessageConfig;

export const messagePorts = () => ["next"] as const;
