/**
 * Built-in NLU of the Baton runtime: zero dependencies, deterministic, small and fast. Public
 * exports by name; see each module for how it works.
 */
export type { Classification, Classifier, IntentScore, IntentTrainingData, TrainOptions } from "./types";
export { trainClassifier } from "./classifier";
export { isLiveAgentRequest } from "./live-agent";
export { isNegativeMessage } from "./sentiment";
export { normalizeText } from "./normalize";
