import { features } from "./features";
import { softmax } from "./softmax";
import { typoIndex } from "./typo";
import type { Classification, Classifier, IntentScore, IntentTrainingData, TrainOptions } from "./types";

/**
 * Training hyper-parameters. The defaults were chosen by leave-one-out cross-validation on the
 * training splits of the evaluation corpora only (tests/bench/nlu/cross-validate.ts); the score
 * surface was flat around them, so round values were kept.
 */
export interface Hyper {
  epochs: number;
  rate: number;
  l2: number;
  /** Character n-gram length over each stem (0 = none): shared spelling as weak evidence. */
  grams: number;
  gramWeight: number;
}

export const HYPER: Hyper = { epochs: 30, rate: 0.2, l2: 0.001, grams: 4, gramWeight: 1 };

/** Sample × class visits per training run before epochs are cut (≈ 20 ms). */
const WORK_BUDGET = 400_000;

/** Keyword or pattern hit: the intent scores at least this, ranked among hits by the model. */
const HIT_SCORE = 0.9;

/**
 * Trains a multinomial logistic regression over stems and their character 4-grams, with one
 * extra class for "no match" fed by `options.outOfScope`. Weights start at zero and plain SGD
 * visits the examples in a fixed interleaved order for a fixed number of epochs, so the same data
 * always gives the same model. A message with no known word scores 0: no evidence, no match.
 */
export function trainClassifier(
  intents: IntentTrainingData[],
  options: TrainOptions = {},
  hyper: Hyper = HYPER,
): Classifier {
  const threshold = options.threshold ?? 0.5;
  const classes = intents.length + 1;
  const vocab = new Map<string, number>([["", 0]]);
  const encode = (feats: string[], grow: boolean): Vec => {
    const v: Vec = { rows: [0], vals: [1] };
    for (const [f, w] of expand(feats, hyper)) {
      let r = vocab.get(f);
      if (r === undefined && grow) vocab.set(f, (r = vocab.size));
      if (r !== undefined && !v.rows.includes(r)) {
        v.rows.push(r);
        v.vals.push(w);
      }
    }
    return v;
  };
  const samples = interleave(intents, options.outOfScope ?? []).map((s) => ({ ...s, ...encode(features(s.text), true) }));
  const weights = new Float64Array(vocab.size * classes);
  const p = new Float64Array(classes);
  // Large flows get fewer, bolder epochs so the editor preview can retrain on every edit.
  const epochs = Math.max(5, Math.min(hyper.epochs, Math.floor(WORK_BUDGET / (samples.length * classes))));
  const rate0 = Math.min(1, (hyper.rate * hyper.epochs) / epochs);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = rate0 / (1 + epoch / 10);
    const decay = 1 - rate * hyper.l2;
    for (const s of samples) {
      score(weights, s, p);
      for (let c = 0; c < classes; c++) {
        const g = rate * ((p[c] ?? 0) - (c === s.cls ? 1 : 0));
        if (g > -1e-3 * rate && g < 1e-3 * rate) continue; // negligible: skipping it keeps large flows fast
        for (let k = 0; k < s.rows.length; k++) {
          const i = (s.rows[k] ?? 0) * classes + c;
          weights[i] = (weights[i] ?? 0) * decay - g * (s.vals[k] ?? 0);
        }
      }
    }
  }
  const fix = typoIndex(vocab.keys());
  const keywords = intents.map((intent) => intent.keywords.map(features).filter((k) => k.length > 0));
  const patterns = intents.map((intent) => intent.patterns.flatMap(compilePattern));

  return {
    classify(text: string): Classification {
      const feats = features(text.slice(0, 2000));
      const fixed = feats.map((f) => (vocab.has(f) ? f : (fix(f) ?? f)));
      const v = encode(fixed, false);
      score(weights, v, p);
      // no known word, no evidence. (Scaling by the known share of words lost accuracy in
      // cross-validation — real messages are full of names — so unknown words are otherwise ignored.)
      const known = v.rows.length > 1 ? 1 : 0;
      const ranking: IntentScore[] = intents.map((intent, c) => {
        const model = known * (p[c] ?? 0);
        const hit =
          keywords[c]?.some((k) => k.every((f) => feats.includes(f))) || patterns[c]?.some((re) => re.test(text));
        return { intent: intent.name, score: hit ? HIT_SCORE + (1 - HIT_SCORE) * model : model };
      });
      ranking.sort((a, b) => b.score - a.score);
      const best = ranking[0];
      const top = best?.score ?? 0;
      return { intent: best && top >= threshold ? best.intent : null, score: top, ranking };
    },
  };
}

interface Vec {
  rows: number[];
  vals: number[];
}

/** Stems at weight 1 plus, for stems of four letters or more, their character n-grams. */
function expand(feats: string[], hyper: Hyper): [string, number][] {
  const out: [string, number][] = feats.map((f) => [f, 1]);
  for (const f of feats) {
    const w = "<" + f + ">";
    if (hyper.grams && f.length > 3) {
      for (let i = 0; i + hyper.grams <= w.length; i++) out.push(["#" + w.slice(i, i + hyper.grams), hyper.gramWeight]);
    }
  }
  return out;
}

/** Examples, keywords and out-of-scope sentences (class = intents.length), round-robin by class. */
function interleave(intents: IntentTrainingData[], outOfScope: string[]): { text: string; cls: number }[] {
  const groups = [...intents.map((intent) => [...intent.examples, ...intent.keywords]), outOfScope];
  const out: { text: string; cls: number }[] = [];
  const longest = Math.max(...groups.map((g) => g.length));
  for (let i = 0; i < longest; i++) {
    groups.forEach((g, cls) => {
      const text = g[i];
      if (text !== undefined) out.push({ text, cls });
    });
  }
  return out;
}

/** Class probabilities into `p` for the feature vector `v`. */
function score(weights: Float64Array, v: Vec, p: Float64Array): void {
  const classes = p.length;
  p.fill(0);
  for (let k = 0; k < v.rows.length; k++) {
    const x = v.vals[k] ?? 0;
    for (let c = 0, i = (v.rows[k] ?? 0) * classes; c < classes; c++, i++) p[c] = (p[c] ?? 0) + x * (weights[i] ?? 0);
  }
  softmax(p);
}

function compilePattern(source: string): RegExp[] {
  try {
    return [new RegExp(source, "i")];
  } catch {
    return []; // an invalid pattern is reported by flow validation; here it simply never matches
  }
}
