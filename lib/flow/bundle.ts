import { z } from "zod";
import { jsonValueSchema } from "./json";
import { flowNodeSchema } from "./document";
import { nodeKinds } from "./node-kinds";
import { flowSettingsSchema } from "./settings";
import { ENGLISH } from "../runtime/nlu/english";

export const BUNDLE_VERSION = 1;

/**
 * A node as the interpreter sees it: no layout, config with defaults applied, and each output
 * port resolved to the id of the node it leads to (`null` = unconnected; the runtime then applies
 * the protocol's default, e.g. an unconnected `no_match` goes to the default fallback).
 */
const next = z.record(z.string(), z.string().nullable());
const bundleNodeOf = {
  start: z.object({ id: z.string(), kind: z.literal("start"), config: nodeKinds.start.configSchema, next }),
  message: z.object({ id: z.string(), kind: z.literal("message"), config: nodeKinds.message.configSchema, next }),
  question: z.object({ id: z.string(), kind: z.literal("question"), config: nodeKinds.question.configSchema, next }),
  intent: z.object({ id: z.string(), kind: z.literal("intent"), config: nodeKinds.intent.configSchema, next }),
  condition: z.object({ id: z.string(), kind: z.literal("condition"), config: nodeKinds.condition.configSchema, next }),
  set: z.object({ id: z.string(), kind: z.literal("set"), config: nodeKinds.set.configSchema, next }),
  webhook: z.object({ id: z.string(), kind: z.literal("webhook"), config: nodeKinds.webhook.configSchema, next }),
  fallback: z.object({ id: z.string(), kind: z.literal("fallback"), config: nodeKinds.fallback.configSchema, next }),
  handoff: z.object({ id: z.string(), kind: z.literal("handoff"), config: nodeKinds.handoff.configSchema, next }),
  ticket: z.object({ id: z.string(), kind: z.literal("ticket"), config: nodeKinds.ticket.configSchema, next }),
  callback: z.object({ id: z.string(), kind: z.literal("callback"), config: nodeKinds.callback.configSchema, next }),
  end: z.object({ id: z.string(), kind: z.literal("end"), config: nodeKinds.end.configSchema, next }),
};
export const bundleNodeSchema = z.discriminatedUnion("kind", [
  bundleNodeOf.start, bundleNodeOf.message, bundleNodeOf.question, bundleNodeOf.intent,
  bundleNodeOf.condition, bundleNodeOf.set, bundleNodeOf.webhook, bundleNodeOf.fallback,
  bundleNodeOf.handoff, bundleNodeOf.ticket, bundleNodeOf.callback, bundleNodeOf.end,
]);
export type BundleNode = z.infer<typeof bundleNodeSchema>;
export type BundleNodeOf<K extends BundleNode["kind"]> = Extract<BundleNode, { kind: K }>;

/** One intent in the bundle's intent index, with the node it belongs to. */
export const bundleIntentSchema = z.object({
  nodeId: z.string(),
  name: z.string(),
  examples: z.array(z.string()),
  keywords: z.array(z.string()),
  patterns: z.array(z.string()),
});

/**
 * The words of the flow's language that the built-in NLU and the live-agent and frustration
 * triggers use (see `LanguagePack` in lib/runtime/bundle-types.ts for each field).
 */
export const languagePackSchema = z.object({
  code: z.string(),
  stopWords: z.array(z.string()),
  functionWords: z.array(z.string()),
  prepositions: z.array(z.string()),
  compounds: z.array(z.string()),
  synonyms: z.array(z.array(z.string())),
  everydayWords: z.array(z.string()),
  sentiment: z.object({ negation: z.array(z.string()), profanity: z.array(z.string()), negative: z.array(z.string()), positive: z.array(z.string()) }),
  liveAgent: z.object({ mention: z.string(), alone: z.string(), requests: z.array(z.string()), negation: z.string() }),
  texts: z.object({
    talkToPerson: z.string(),
    liveAgentOff: z.string(),
    alreadyConnected: z.string(),
    noHandoffNode: z.string(),
    cannotConnect: z.string(),
    agentJoined: z.string(),
    tryLater: z.string(),
    failed: z.string(),
    waitUnderMinute: z.string(),
    waitMinute: z.string(),
    waitMinutes: z.string(),
    waitHours: z.string(),
  }),
});

/** What `compile(document)` produces and every host runs: the unit of export. */
export const runtimeBundleSchema = z.object({
  bundleVersion: z.literal(BUNDLE_VERSION),
  flow: z.object({ id: z.string(), name: z.string(), version: z.number().int().min(0) }),
  /** sha-256 (hex) of the canonical JSON of everything below; same document → same hash. */
  hash: z.string(),
  startNodeId: z.string(),
  nodes: z.record(z.string(), bundleNodeSchema),
  /** Intents of all intent nodes, in node then declaration order. */
  intents: z.array(bundleIntentSchema),
  variables: z.record(z.string(), jsonValueSchema),
  settings: flowSettingsSchema,
  language: languagePackSchema,
});
export type RuntimeBundle = z.infer<typeof runtimeBundleSchema>;

/**
 * A bundle Baton stored, which may predate language packs: those have none, and the interpreter
 * of their day had the English words built in, so English is what they mean.
 */
export const storedBundleSchema = runtimeBundleSchema.extend({ language: languagePackSchema.default(() => ENGLISH) });

/** Re-exported so bundle consumers can validate nodes against their kind's schema. */
export { flowNodeSchema };

/**
 * A stored bundle's JSON text as it is served: unchanged, except that a bundle published before
 * language packs existed gets the English pack it meant (`language` added at the end, everything
 * else as published, `hash` still the version's), so the runtime shipped today can run it.
 */
export function servedBundleText(text: string): { text: string; addedLanguage: boolean } {
  const value: unknown = JSON.parse(text);
  if (typeof value !== "object" || value === null || Array.isArray(value) || "language" in value) return { text, addedLanguage: false };
  return { text: JSON.stringify({ ...value, language: ENGLISH }), addedLanguage: true };
}
