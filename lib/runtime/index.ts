/**
 * lib/runtime: the portable Baton interpreter. Pure core (`step`), a driver that runs effects
 * through a host (`createConversation`), a simulated host, the conversation test runner and the
 * bundle checker. No dependencies; built to public/runtime/baton-runtime.mjs.
 *
 * NLU is pluggable: pass `{ classifier: (intents, { language, outOfScope, threshold }) => Classifier }`
 * as the options of `step` or `createConversation` to replace the built-in classifier. The interpreter
 * knows no language: its words come from the bundle's language pack (English: ./nlu/english.ts).
 */

/** Runs a conversation with a host that performs effects until it waits again. */
export { createConversation } from "./driver";
/** The driver's host contract, options and results. */
export type { Host, Conversation, ConversationOptions, Interaction } from "./driver";
/** Applies one event to a conversation: next state, outputs, effects, trace. Pure; never throws. */
export { step } from "./step";
/** Options of `step` (and of the driver): a custom classifier factory. */
export type { StepOptions, ClassifierFactory } from "./step";
/** A conversation that has not started; send it `{ type: "start", at }`. */
export { initialState } from "./initial-state";
/** A simulated world: queues, business hours, webhooks, tickets, callbacks and a scripted agent. */
export { createSimulatedHost, DEFAULT_CLOCK } from "./hosts/simulated";
/** Everything the simulated world can be told. */
export type { SimulatedHost, SimulatedWorld, SimulatedQueue, SimulatedWebhook, SimulatedAgent } from "./hosts/simulated";
/** Opening hours of a simulated queue. */
export type { BusinessHours } from "./hosts/business-hours";
/** Runs a conversation test case in its simulated world and lists failed expectations. */
export { runTestCase } from "./testing/run-test-case";
/** Checks the shape of a conversation test case read from JSON. */
export { readTestCase } from "./testing/read-test-case";
/** The conversation test case format and the runner's result. */
export type { ConversationTestCase, TestStep, AgentStep, Expectation, TestCaseResult, TestFailure } from "./testing/types";
/** Structural checks of a bundle (dangling targets, missing start, handoff without unavailable path…). */
export { validateBundle } from "./validate-bundle";
export type { BundleProblem } from "./validate-bundle";
/** Evaluates a JSONLogic rule over data; never throws. */
export { evaluateLogic } from "./json-logic";
/** `{{variable}}` interpolation as messages use it. */
export { interpolate } from "./template";
/** Validates and normalises an answer the way a Question node does. */
export { validateAnswer } from "./validate-answer";
/** The built-in NLU: the classifier, live-agent phrases, negative messages, text normalisation (words from a language pack). */
export { trainClassifier, isLiveAgentRequest, isNegativeMessage, normalizeText } from "./nlu";
export type { Classifier, Classification, IntentScore, IntentTrainingData, TrainOptions } from "./nlu";
/** State, events, effects, outputs and trace: the interpreter's data, all plain JSON. */
export type {
  ConversationState, ConversationStatus, RuntimeEvent, UserAction, Effect, EffectType, EffectResult, Output, TraceEntry,
  StepResult, HandoffRecord, HandoffStatus, HandoffTrigger, ContextCard, TranscriptEntry, Speaker, AwaitedInput,
  AwaitedField, PendingEffect, Counters, CallbackSlot,
} from "./types";
/** The runtime bundle as the interpreter reads it (structurally equal to lib/flow's schema). */
export type {
  RuntimeBundle, BundleNode, BundleNodeOf, NodeKind, NodeConfigs, FlowSettings, RoutingRule, JsonValue, QuickReply,
  IntentDef, AnswerValidation, Priority, LanguagePack, LanguageTexts,
} from "./bundle-types";
