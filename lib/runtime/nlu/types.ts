import type { LanguagePack } from "../bundle-types";

/** One intent as the classifier sees it: example utterances, keywords and regex patterns. */
export interface IntentTrainingData {
  name: string;
  examples: string[];
  keywords: string[];
  patterns: string[];
}

/** The confidence 0–1 of one intent for one message. */
export interface IntentScore {
  intent: string;
  score: number;
}

/** The result of classifying one message. */
export interface Classification {
  /** Best intent at or above the threshold, or null (no match). */
  intent: string | null;
  /** Confidence 0–1 of the best intent (even when below the threshold). */
  score: number;
  /** All intents, best first. */
  ranking: IntentScore[];
}

/** What a host may plug in instead of the built-in classifier. */
export interface Classifier {
  classify(text: string): Classification;
}

/** Options of `trainClassifier` (what `step` passes a classifier factory). */
export interface TrainOptions {
  /** The words of the flow's language: the bundle's `language`. */
  language: LanguagePack;
  /** Sentences that belong to no intent. */
  outOfScope?: string[];
  /** Minimum confidence for a match, default 0.5. */
  threshold?: number;
}
