import { z } from "zod";
import { jsonValueSchema, variableNameSchema } from "./json";
import { nodeKinds, type NodeKind } from "./node-kinds";
import { flowSettingsSchema } from "./settings";

/** The document format this code writes. Older documents are upgraded by `migrateDocument`. */
export const CURRENT_SCHEMA_VERSION = 1;

export const positionSchema = z.object({ x: z.number(), y: z.number() });

const base = {
  id: z.string().min(1),
  position: positionSchema,
  /** Designer's note shown on the canvas; no effect at run time. */
  note: z.string().optional(),
};

export const flowNodeSchema = z.discriminatedUnion("kind", [
  z.object({ ...base, kind: z.literal("start"), config: nodeKinds.start.configSchema }),
  z.object({ ...base, kind: z.literal("message"), config: nodeKinds.message.configSchema }),
  z.object({ ...base, kind: z.literal("question"), config: nodeKinds.question.configSchema }),
  z.object({ ...base, kind: z.literal("intent"), config: nodeKinds.intent.configSchema }),
  z.object({ ...base, kind: z.literal("condition"), config: nodeKinds.condition.configSchema }),
  z.object({ ...base, kind: z.literal("set"), config: nodeKinds.set.configSchema }),
  z.object({ ...base, kind: z.literal("webhook"), config: nodeKinds.webhook.configSchema }),
  z.object({ ...base, kind: z.literal("fallback"), config: nodeKinds.fallback.configSchema }),
  z.object({ ...base, kind: z.literal("handoff"), config: nodeKinds.handoff.configSchema }),
  z.object({ ...base, kind: z.literal("ticket"), config: nodeKinds.ticket.configSchema }),
  z.object({ ...base, kind: z.literal("callback"), config: nodeKinds.callback.configSchema }),
  z.object({ ...base, kind: z.literal("end"), config: nodeKinds.end.configSchema }),
]);
export type FlowNode = z.infer<typeof flowNodeSchema>;
export type FlowNodeOf<K extends NodeKind> = Extract<FlowNode, { kind: K }>;

/** A connection from one output port of `source` to `target`. One edge per port at most. */
export const flowEdgeSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  sourcePort: z.string().min(1),
  target: z.string().min(1),
});
export type FlowEdge = z.infer<typeof flowEdgeSchema>;

export const variableDefSchema = z.object({
  name: variableNameSchema,
  initial: jsonValueSchema.optional(),
  description: z.string().default(""),
});
export type VariableDef = z.infer<typeof variableDefSchema>;

/** What the editor saves: the flow with its layout. */
export const flowDocumentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  name: z.string().min(1).max(200),
  nodes: z.array(flowNodeSchema),
  edges: z.array(flowEdgeSchema).default([]),
  variables: z.array(variableDefSchema).default([]),
  settings: flowSettingsSchema.prefault({}),
});
export type FlowDocument = z.infer<typeof flowDocumentSchema>;
/** A document as written by hand or by an older editor: defaults not yet applied. */
export type FlowDocumentInput = z.input<typeof flowDocumentSchema>;
