/**
 * Built-in NLU: zero dependencies, deterministic. PLACEHOLDER implementation — being replaced by
 * the real classifier; the exported names and types are the contract the runtime codes against.
 */

export interface IntentTrainingData {
  name: string;
  examples: string[];
  keywords: string[];
  patterns: string[];
}

export interface IntentScore {
  intent: string;
  score: number;
}

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

export interface TrainOptions {
  /** Sentences that belong to no intent. */
  outOfScope?: string[];
  /** Minimum confidence for a match, default 0.5. */
  threshold?: number;
}

export function trainClassifier(intents: IntentTrainingData[], options: TrainOptions = {}): Classifier {
  const threshold = options.threshold ?? 0.5;
  return {
    classify(text) {
      const lower = text.toLowerCase();
      const ranking = intents
        .map((intent) => ({
          intent: intent.name,
          score: [...intent.keywords, ...intent.examples].some((k) => lower.includes(k.toLowerCase())) ? 1 : 0,
        }))
        .sort((a, b) => b.score - a.score);
      const best = ranking[0];
      return { intent: best && best.score >= threshold ? best.intent : null, score: best?.score ?? 0, ranking };
    },
  };
}

/** True when the user asks for a human (built-in phrases plus the flow's own). */
export function isLiveAgentRequest(text: string, extraPhrases: readonly string[] = []): boolean {
  const lower = text.toLowerCase();
  return ["human", "person", "agent", ...extraPhrases].some((p) => lower.includes(p.toLowerCase()));
}

/** True when the message is negative or profane (one frustration signal). */
export function isNegativeMessage(text: string): boolean {
  return /\b(useless|stupid|terrible|angry|awful|hate)\b/i.test(text);
}

/** Normalised form used to compare messages (repeat detection). */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim();
}
