/**
 * The runtime bundle as the interpreter reads it. These are plain structural types so that the
 * built runtime (public/runtime) ships without zod; `contract.ts` proves at compile time that they
 * match the zod schemas in lib/flow, which stay the single definition of the data.
 */

/** Any JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A button under a message; `value` is sent as the user's message (the label when absent). */
export interface QuickReply {
  label: string;
  value?: string | undefined;
}

export type AnswerValidation = "text" | "number" | "email" | "phone" | "date" | "choice";
export type Priority = "low" | "normal" | "high" | "urgent";

/** One intent of an intent node, as it is trained. */
export interface IntentDef {
  name: string;
  examples: string[];
  keywords: string[];
  patterns: string[];
}

/** The parsed config of each node kind (defaults applied). */
export interface NodeConfigs {
  start: { [key: string]: never };
  message: { text: string; quickReplies: QuickReply[] };
  question: { prompt: string; variable: string; validation: AnswerValidation; choices: string[] };
  intent: { prompt: string; intents: IntentDef[]; outOfScope: string[]; threshold?: number | undefined };
  condition: { rule: JsonValue; label: string };
  set: { assignments: { variable: string; value: JsonValue }[] };
  webhook: {
    url: string;
    method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
    headers: { [name: string]: string };
    body: string;
    timeoutMs: number;
    saveAs?: string | undefined;
  };
  fallback: { messages: string[]; maxAttempts: number };
  handoff: {
    queue: string;
    priority: Priority;
    contextVariables: string[];
    summary: string;
    waitTimeoutSec: number;
    messages: { connecting: string; connected: string; unavailable: string };
  };
  ticket: { queue: string; askEmail: string; askDescription: string; invalidEmail: string; confirmation: string };
  callback: { queue: string; askPhone: string; askSlot: string; invalidPhone: string; pickSlot: string; confirmation: string };
  end: { message: string };
}

export type NodeKind = keyof NodeConfigs;

/** A node of kind `K`: config plus each output port resolved to a node id (`null` = unconnected). */
export interface BundleNodeOf<K extends NodeKind> {
  id: string;
  kind: K;
  config: NodeConfigs[K];
  next: { [port: string]: string | null };
}

export type BundleNode = { [K in NodeKind]: BundleNodeOf<K> }[NodeKind];

/** A flow-level routing rule: the first whose `when` (JSONLogic) holds picks the queue. */
export interface RoutingRule {
  queue: string;
  when: JsonValue;
  label: string;
}

/** Flow-wide settings of the handoff protocol (see lib/flow/settings.ts for each field's meaning). */
export interface FlowSettings {
  liveAgent: { enabled: boolean; phrases: string[]; handoffNodeId?: string | undefined; disabledReason: string };
  noMatchLimit: number;
  nluThreshold: number;
  defaultFallbackNodeId?: string | undefined;
  errorHandlerNodeId?: string | undefined;
  frustration: { enabled: boolean; repeatLimit: number; negativeLimit: number };
  queues: string[];
  defaultQueue: string;
  routing: RoutingRule[];
  stepBudget: number;
}

/** What `compileFlow(document)` produces and every host runs. */
export interface RuntimeBundle {
  bundleVersion: 1;
  flow: { id: string; name: string; version: number };
  hash: string;
  startNodeId: string;
  nodes: { [id: string]: BundleNode };
  intents: (IntentDef & { nodeId: string })[];
  variables: { [name: string]: JsonValue };
  settings: FlowSettings;
}
