import { z } from "zod";
import { variableNameSchema } from "../json";

export const prioritySchema = z.enum(["low", "normal", "high", "urgent"]);
export type Priority = z.infer<typeof prioritySchema>;

/**
 * Hands the user to a human. Routes to `queue` (or the flow's routing rules when empty), checks
 * availability, enqueues with the transcript and a context card, and waits. An agent resolves
 * (`resolved`) or hands back (`handed_back`, with a note); nobody available or nobody accepting
 * within `waitTimeoutSec` leaves through `unavailable`, which must lead to a Ticket or Callback.
 */
export const handoffConfigSchema = z.object({
  /** Queue name; empty = first matching routing rule, then the flow's default queue. */
  queue: z.string().default(""),
  priority: prioritySchema.default("normal"),
  /** Variables copied onto the agent's context card. */
  contextVariables: z.array(variableNameSchema).default([]),
  /** Short note for the agent, e.g. "Refund request over 100 EUR". `{{var}}` interpolates. */
  summary: z.string().default(""),
  waitTimeoutSec: z.number().int().min(10).max(86_400).default(120),
  messages: z
    .object({
      /** Said when an agent is available and the user is queued. `{{position}}`, `{{wait}}`. */
      connecting: z.string().default("Connecting you with a person. You are number {{position}} in line (about {{wait}})."),
      /** Said when an agent accepts. `{{agent}}`. */
      connected: z.string().default("{{agent}} has joined the conversation."),
      /** Said before leaving through `unavailable`. */
      unavailable: z.string().default("Nobody from our team is available right now."),
    })
    .prefault({}),
});
export type HandoffConfig = z.infer<typeof handoffConfigSchema>;

export const handoffDefaults = {
  queue: "support",
  priority: "normal",
  contextVariables: [],
  summary: "",
  waitTimeoutSec: 120,
  messages: {
    connecting: "Connecting you with a person. You are number {{position}} in line (about {{wait}}).",
    connected: "{{agent}} has joined the conversation.",
    unavailable: "Nobody from our team is available right now.",
  },
} as const satisfies HandoffConfig;

export const handoffPorts = () => ["handed_back", "resolved", "unavailable"] as const;
