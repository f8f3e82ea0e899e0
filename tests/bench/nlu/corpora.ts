import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Classifier, IntentTrainingData, TrainOptions } from "../../../lib/runtime/nlu";
import { ENGLISH } from "../../../lib/runtime/nlu/english";

/** One sentence of the Braun et al. (SIGdial 2017) NLU evaluation corpora. */
export interface CorpusSentence {
  text: string;
  intent: string;
  training: boolean;
}

export interface Corpus {
  name: string;
  sentences: CorpusSentence[];
}

/** The corpora directory (env `BATON_NLU_CORPORA` overrides), or null when it is missing. */
export function corporaDir(): string | null {
  const dir = process.env.BATON_NLU_CORPORA ?? path.resolve(process.cwd(), "../shared/datasets/nlu-evaluation-corpora");
  return existsSync(dir) ? dir : null;
}

export function loadCorpora(dir: string): Corpus[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const json: unknown = JSON.parse(readFileSync(path.join(dir, f), "utf8"));
      return { name: f.replace(/Corpus\.json$|\.json$/, ""), sentences: parseSentences(json) };
    });
}

function parseSentences(json: unknown): CorpusSentence[] {
  if (typeof json !== "object" || json === null || !("sentences" in json) || !Array.isArray(json.sentences)) return [];
  return json.sentences.flatMap((s: unknown) =>
    typeof s === "object" && s !== null && "text" in s && "intent" in s && "training" in s &&
    typeof s.text === "string" && typeof s.intent === "string" && typeof s.training === "boolean"
      ? [{ text: s.text, intent: s.intent, training: s.training }]
      : [],
  );
}

export const NONE = "None";

/** Training data per the README protocol: `None` sentences become out-of-scope examples. */
export function trainingData(sentences: CorpusSentence[]): { intents: IntentTrainingData[]; outOfScope: string[] } {
  const byIntent = new Map<string, string[]>();
  const outOfScope: string[] = [];
  for (const s of sentences) {
    if (s.intent === NONE) outOfScope.push(s.text);
    else byIntent.set(s.intent, [...(byIntent.get(s.intent) ?? []), s.text]);
  }
  const intents = [...byIntent].map(([name, examples]) => ({ name, examples, keywords: [], patterns: [] }));
  return { intents, outOfScope };
}

export type Train = (intents: IntentTrainingData[], options: TrainOptions) => Classifier;

/** Per-class counts on the test split; a null prediction counts as `None`. */
export interface Counts {
  tp: Map<string, number>;
  fp: Map<string, number>;
  fn: Map<string, number>;
  total: number;
  correct: number;
}

export function evaluate(train: Train, sentences: CorpusSentence[], test: CorpusSentence[]): Counts {
  const { intents, outOfScope } = trainingData(sentences);
  const model = train(intents, { language: ENGLISH, outOfScope });
  const counts: Counts = { tp: new Map(), fp: new Map(), fn: new Map(), total: 0, correct: 0 };
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const s of test) {
    const predicted = model.classify(s.text).intent ?? NONE;
    counts.total++;
    if (predicted === s.intent) {
      counts.correct++;
      inc(counts.tp, s.intent);
    } else {
      inc(counts.fp, predicted);
      inc(counts.fn, s.intent);
    }
  }
  return counts;
}

/** Micro precision / recall / F1: sums of TP, FP and FN over every class, `None` included. */
export function micro(counts: Counts[]): { p: number; r: number; f1: number; correct: number; total: number } {
  const sum = (pick: (c: Counts) => Map<string, number>) =>
    counts.reduce((n, c) => n + [...pick(c).values()].reduce((a, b) => a + b, 0), 0);
  const tp = sum((c) => c.tp);
  const fp = sum((c) => c.fp);
  const fn = sum((c) => c.fn);
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return {
    p, r, f1: p + r ? (2 * p * r) / (p + r) : 0,
    correct: counts.reduce((n, c) => n + c.correct, 0),
    total: counts.reduce((n, c) => n + c.total, 0),
  };
}
