import { z } from "zod";
import { jsonLogicSchema } from "./json";

export const DEFAULT_LIVE_AGENT_PHRASES = [
  "talk to a person",
  "talk to a human",
  "speak to someone",
  "real person",
  "live agent",
  "human please",
  "customer service representative",
] as const;

/** A flow-level routing rule: the first whose `when` holds picks the queue. */
export const routingRuleSchema = z.object({
  queue: z.string().min(1),
  /** JSONLogic over variables plus `intent`, `trigger` and `node`. */
  when: jsonLogicSchema,
  label: z.string().default(""),
});
export type RoutingRule = z.infer<typeof routingRuleSchema>;

export const flowSettingsSchema = z.object({
  /** The `user_request` trigger: "talk to a human" from anywhere in the conversation. */
  liveAgent: z
    .object({
      enabled: z.boolean().default(true),
      /** Added to the language pack's ways of asking for a person (bundle.language.liveAgent). */
      phrases: z.array(z.string().min(1)).default([]),
      /** The Handoff node that takes user requests; without one, the first Handoff node. */
      handoffNodeId: z.string().optional(),
      /** Required when disabled: why users cannot ask for a person here. */
      disabledReason: z.string().default(""),
    })
    .prefault({}),
  /** Consecutive no-matches (anywhere in the flow) that fire the `no_match` trigger. */
  noMatchLimit: z.number().int().min(1).max(20).default(3),
  /** Minimum intent confidence (0–1) when a node does not set its own. */
  nluThreshold: z.number().min(0).max(1).default(0.5),
  /** Where an unconnected `no_match` port goes. */
  defaultFallbackNodeId: z.string().optional(),
  /** Where the `error` trigger goes; without one, the user_request Handoff node. */
  errorHandlerNodeId: z.string().optional(),
  frustration: z
    .object({
      enabled: z.boolean().default(true),
      /** The same user message this many times in a row. */
      repeatLimit: z.number().int().min(2).max(10).default(3),
      /** Negative or profane messages in the conversation before handing off. */
      negativeLimit: z.number().int().min(1).max(10).default(2),
    })
    .prefault({}),
  /** Queue names used by Handoff, Ticket and Callback nodes and routing rules. */
  queues: z.array(z.string().min(1)).default(["support"]),
  defaultQueue: z.string().default("support"),
  routing: z.array(routingRuleSchema).default([]),
  /** Node visits per turn before the `error` trigger ends a runaway loop. */
  stepBudget: z.number().int().min(10).max(10_000).default(200),
});
export type FlowSettings = z.infer<typeof flowSettingsSchema>;
