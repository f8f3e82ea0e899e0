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

/**
 * The words of the flow's language that the built-in NLU and the live-agent and frustration
 * triggers use: the interpreter has none of its own (compile writes lib/runtime/nlu/english.ts).
 * Regex sources and alternatives are matched against the normalised message (lower case, words
 * separated by single spaces).
 */
export interface LanguagePack {
  /** BCP 47 tag: "en". */
  code: string;
  /** Stems that never count as evidence of an intent ("the", "pleas"). */
  stopWords: string[];
  /** Question words and prepositions: features, but neither on nor off topic. */
  functionWords: string[];
  /** The prepositions among them: unknown words after one are a value (a place, a name), not a topic. */
  prepositions: string[];
  /** Two-word terms written as one word before stemming ("log in" → "login"). */
  compounds: string[];
  /** Groups of stems that count as one feature, the group's first stem. */
  synonyms: string[][];
  /** Words requests of every kind share ("order", "book"): alone, they do not put a message on topic. */
  everydayWords: string[];
  /** The frustration trigger's lexicon, as regex alternatives per role; a trailing `*` takes any ending. */
  sentiment: { negation: string[]; profanity: string[]; negative: string[]; positive: string[] };
  /**
   * Asking for a person. `mention`: a word every request has (tested first, on the message);
   * `alone`, `requests`: regex sources over the message with a space at each end; `negation`
   * within 16 characters before a request, or inside it, cancels that request.
   */
  liveAgent: { mention: string; alone: string; requests: string[]; negation: string };
  /** What the interpreter itself says (everything else the bot says is written in the flow). */
  texts: LanguageTexts;
}

export interface LanguageTexts {
  /** The user's line in the transcript for the "Talk to a person" action. */
  talkToPerson: string;
  /** That action when the flow takes no user requests and gives no reason. */
  liveAgentOff: string;
  /** That action while a handoff is already open. */
  alreadyConnected: string;
  /** The user asked for a person, or got frustrated, in a flow without a Handoff node. */
  noHandoffNode: string;
  /** Any other trigger with nowhere to go. */
  cannotConnect: string;
  /** An agent accepted (`{{agent}}`), when the Handoff node's own message is missing. */
  agentJoined: string;
  /** A handoff found nobody and its node has no `unavailable` path. */
  tryLater: string;
  /** A ticket, callback or webhook failed and its `failed` path is not connected. */
  failed: string;
  /** The estimated wait (`{{wait}}` in a Handoff message): under a minute, one minute, `{{n}}` minutes, `{{n}}` hours. */
  waitUnderMinute: string;
  waitMinute: string;
  waitMinutes: string;
  waitHours: string;
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
  language: LanguagePack;
}
