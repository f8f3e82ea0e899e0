/**
 * Built-in NLU of the Baton runtime: zero dependencies, deterministic, small and fast. Public
 * exports by name; see each module for how it works. The words of a language come from a
 * language pack (the bundle's `language`; English: ./english.ts).
 */
export type { Classification, Classifier, IntentScore, IntentTrainingData, TrainOptions } from "./types";
export { trainClassifier } from "./classifier";
export { isLiveAgentRequest } from "./live-agent";
export { isNegativeMessage } from "./sentiment";
export { normalizeText } from "./normalize";
