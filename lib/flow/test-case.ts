import { z } from "zod";
import { jsonValueSchema } from "./json";

const handoffTriggerSchema = z.enum(["explicit", "user_request", "no_match", "error", "frustration"]);
const handoffStatusSchema = z.enum(["checking", "queued", "assigned", "resolved", "handed_back", "timed_out", "unavailable"]);
const conversationStatusSchema = z.enum(["active", "waiting_input", "waiting_effect", "queued", "with_agent", "ended"]);

/** Opening hours in one UTC offset: days 0 = Sunday, "HH:MM" local times. */
export const businessHoursSchema = z.object({
  days: z.array(z.number().int().min(0).max(6)).optional(),
  from: z.string().regex(/^\d{1,2}:\d{2}$/).optional(),
  to: z.string().regex(/^\d{1,2}:\d{2}$/).optional(),
  utcOffsetMinutes: z.number().int().min(-840).max(840).optional(),
});

/** One queue of the simulated world: are agents free, are we open. */
export const simulatedQueueSchema = z.object({
  agents: z.enum(["online", "offline", "busy"]).describe("online = free agents; busy = no free capacity; offline = nobody"),
  open: z.boolean().optional().describe("Force business hours open or closed"),
  hours: businessHoursSchema.optional(),
  waitSec: z.number().int().min(0).optional(),
  position: z.number().int().min(1).optional(),
});

/** How a webhook URL answers in the simulated world. */
export const simulatedWebhookSchema = z.object({
  match: z.string().min(1).describe("Substring, * glob, or /regex/ of the URL"),
  status: z.number().int().min(100).max(599).optional(),
  timeout: z.boolean().optional(),
  json: jsonValueSchema.optional(),
});

/** The scripted agent: accepts (or never does, so the wait times out), replies, then acts. */
export const simulatedAgentSchema = z.object({
  accept: z.boolean(),
  name: z.string().optional(),
  replies: z.array(z.string()).optional(),
  then: z.enum(["resolve", "hand_back", "wait"]).optional(),
  note: z.string().optional(),
});

/** The simulated world a test case (or the preview) runs in. */
export const simulatedWorldSchema = z.object({
  clock: z.string().optional().describe("Start time, ISO 8601; default Monday 2026-01-05 10:00 UTC"),
  queues: z.record(z.string(), simulatedQueueSchema).optional().describe("Per queue name; * = every other queue"),
  webhooks: z.array(simulatedWebhookSchema).optional(),
  agent: simulatedAgentSchema.optional(),
  tickets: z.enum(["ok", "fail"]).optional(),
  callbacks: z.enum(["ok", "fail", "no_slots"]).optional(),
});

export const agentStepSchema = z.union([
  z.enum(["accept", "resolve", "timeout"]),
  z.object({ accept: z.string() }).strict(),
  z.object({ reply: z.string() }).strict(),
  z.object({ resolve: z.string() }).strict(),
  z.object({ hand_back: z.string() }).strict(),
]);

/** What must hold at a point of the conversation; `bot` is exact text or /regex/. */
export const expectationSchema = z
  .object({
    bot: z.string().optional().describe("A bot message since the last user/agent step: exact text or /regex/flags"),
    node: z.string().optional(),
    handoff: z
      .object({ trigger: handoffTriggerSchema.optional(), queue: z.string().optional(), outcome: handoffStatusSchema.optional() })
      .nullable()
      .optional(),
    ticket: z.boolean().optional(),
    callback: z.boolean().optional(),
    variables: z.record(z.string(), jsonValueSchema).optional(),
    status: conversationStatusSchema.optional(),
  })
  .strict();

export const testStepSchema = z.union([
  z.object({ user: z.string() }).strict(),
  z.object({ action: z.literal("talk_to_person") }).strict(),
  z.object({ quickReply: z.string() }).strict(),
  z.object({ agent: agentStepSchema }).strict(),
  z.object({ expect: expectationSchema }).strict(),
]);

/**
 * A conversation test case: a simulated world and the steps (user messages, quick replies,
 * agent actions, expectations). Written by hand or saved from the preview; run by
 * `runTestCase` (lib/runtime) and `node baton.mjs test`.
 */
export const conversationTestCaseSchema = z.object({
  $schema: z.string().optional(),
  name: z.string().min(1),
  description: z.string().optional(),
  world: simulatedWorldSchema.optional(),
  steps: z.array(testStepSchema),
});
export type ConversationTestCase = z.infer<typeof conversationTestCaseSchema>;
