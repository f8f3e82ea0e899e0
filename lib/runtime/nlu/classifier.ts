import { coverage } from "./coverage";
import { encoder, type Sparse } from "./encoder";
import { features } from "./features";
import { HYPER, type Hyper } from "./hyper";
import { language } from "./language";
import { fit, packed, type Sample } from "./model";
import { typoIndex } from "./typo";
import type { Classification, Classifier, IntentScore, IntentTrainingData, TrainOptions } from "./types";

/**
 * A keyword or pattern hit when several intents have one: the hit intents score at least this,
 * ranked among themselves by the model. (A hit of one intent alone decides it: see `classify`.)
 */
const HIT_SCORE = 0.9;

/**
 * Trains a logistic-regression intent classifier over stems, neighbouring-stem pairs and character
 * n-grams, with one extra class for "no match" fed by `options.outOfScope`. Rejection does not
 * depend on those examples alone: a message with no word the intents know scores 0, and one whose
 * only known words are everyday ones (the language's `everydayWords`, the words of `outOfScope`) while most of it
 * is unknown is scaled down by its coverage. (Training built-in everyday requests into the no-match
 * class instead cost leave-one-out accuracy: 0.940 → 0.913 at weight 0.05, 0.896 at 0.5.)
 * Weights start from the class centroids and SGD visits the examples in a fixed interleaved
 * order, so the same data always gives bit-identical scores.
 *
 * Keywords and patterns are the designer's rules and come first: a message that hits the
 * keywords or patterns of exactly one intent, and has no word that only other intents (or the
 * out-of-scope examples) use, goes to that intent with score 1 (every other intent 0) and the
 * model does not run. Otherwise the model weighs the whole message, a hit counting as strong
 * evidence (HIT_SCORE): "has my order shipped yet, that's all" is about an order even though
 * "that's all" is a keyword of `done`.
 */
export function trainClassifier(
  intents: IntentTrainingData[],
  options: TrainOptions,
  hyper: Hyper = HYPER,
): Classifier {
  const lang = language(options.language);
  const threshold = options.threshold ?? 0.5;
  const none = intents.length;
  const outOfScope = options.outOfScope ?? [];
  const enc = encoder(hyper);
  const seen = new Set<string>();
  // the stems each intent's examples and keywords use
  const vocabularies = intents.map(() => new Set<string>());
  const texts = [...intents.map((intent) => [...intent.examples, ...intent.keywords]), outOfScope];
  const samples: Sample[] = interleave(texts.map((group, cls) => group.map((text) => ({ text, cls })))).map(({ text, cls }) => {
    const stems = features(text, lang);
    for (const s of stems) {
      seen.add(s);
      vocabularies[cls]?.add(s);
    }
    return { ...enc.encode(stems, true), cls };
  });
  const predict = packed(fit(samples, enc.size(), none + 1, hyper));
  const fix = typoIndex(seen);
  const generic = new Set([lang.everyday, ...outOfScope].flatMap((text) => features(text, lang)));
  // whether stem `f`, typo-fixed, is one `own` uses or one no intent knows (it points nowhere else)
  const pointsTo = (own: Set<string>, f: string): boolean => {
    if (seen.has(f)) return own.has(f);
    const fixed = fix(f);
    return fixed === undefined || own.has(fixed) || !seen.has(fixed);
  };
  const known = (stem: string): boolean => {
    const rows = enc.rowsOf(stem);
    return rows.length > 1 || (rows[0] ?? -1) >= 0;
  };
  // each keyword's stems, filed under its first stem: a message's stems find theirs directly
  const keywords = new Map<string, { c: number; stems: string[] }[]>();
  intents.forEach((intent, c) => {
    for (const stems of intent.keywords.map((k) => features(k, lang))) {
      if (stems[0] !== undefined) keywords.set(stems[0], [...(keywords.get(stems[0]) ?? []), { c, stems }]);
    }
  });
  const patterns = intents.flatMap((intent, c) => intent.patterns.flatMap(compilePattern).map((re) => ({ c, re })));
  const p = new Float64Array(none + 1);
  // hit[c] === call: intent c was hit in this call (no clearing between calls)
  const hit = new Float64Array(none);
  let call = 0;
  const v: Sparse = { rows: [], vals: [] };

  return {
    classify(text: string): Classification {
      if (none === 0) return { intent: null, score: 0, ranking: [] }; // nothing to tell apart
      const stems = features(text.slice(0, 2000), lang);
      const now = ++call;
      // how many intents were hit, and the first: counted as they are marked, not searched for after
      let hits = 0;
      let ruled = none;
      for (const s of stems) {
        const candidates = keywords.get(s);
        if (candidates) for (const k of candidates) {
          if (hit[k.c] !== now && k.stems.every((f) => stems.includes(f))) {
            hit[k.c] = now;
            hits++;
            ruled = Math.min(ruled, k.c);
          }
        }
      }
      for (const { c, re } of patterns) {
        if (hit[c] !== now && re.test(text)) {
          hit[c] = now;
          hits++;
          ruled = Math.min(ruled, c);
        }
      }
      // the designer's rule: one intent hit, and no word that points only elsewhere
      const own = hits === 1 ? vocabularies[ruled] : undefined;
      if (own && stems.every((f) => pointsTo(own, f))) return new Ranked(intents[ruled]?.name ?? null, 1, intents, null);
      const fixed = stems.map((f) => (seen.has(f) ? f : (fix(f) ?? f)));
      enc.encode(fixed, false, v);
      predict(v, p);
      // no known feature, no evidence; only everyday known words, little evidence
      const evidence = v.rows.length > 1 ? (hyper.coverage ? coverage(fixed, known, generic, lang) : 1) : 0;
      // the best intent is the first of the highest scores (the ranking's sort is stable)
      const scores: number[] = [];
      let best = -1;
      for (let c = 0; c < none; c++) {
        const model = evidence * (p[c] ?? 0);
        const score = hit[c] === now ? HIT_SCORE + (1 - HIT_SCORE) * model : model;
        scores.push(score);
        if (best < 0 || score > (scores[best] ?? 0)) best = c;
      }
      const top = scores[best] ?? 0;
      return new Ranked(best >= 0 && top >= threshold ? (intents[best]?.name ?? null) : null, top, intents, scores);
    },
  };
}

/** Round-robin over the classes, so SGD never sees a long run of one class. */
function interleave<T>(groups: T[][]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...groups.map((g) => g.length));
  for (let i = 0; i < longest; i++) for (const g of groups) out.push(...g.slice(i, i + 1)); // nothing past a group's end
  return out;
}

function compilePattern(source: string): RegExp[] {
  try {
    return [new RegExp(source, "i")];
  } catch {
    return []; // an invalid pattern is reported by flow validation; here it simply never matches
  }
}

/**
 * A classification whose full ranking is built on first read: a step needs only the best intent,
 * and ranking every intent (objects and a sort) cost more than the rest of `classify`.
 * `JSON.stringify` includes the ranking (toJSON); a spread copy does not — read it instead.
 * `scores` null: a rule decided `intent`, which scores 1 and every other intent 0.
 */
class Ranked implements Classification {
  readonly intent: string | null;
  readonly score: number;
  #intents: IntentTrainingData[];
  #scores: number[] | null;
  #ranking: IntentScore[] | undefined;

  constructor(intent: string | null, score: number, intents: IntentTrainingData[], scores: number[] | null) {
    this.intent = intent;
    this.score = score;
    this.#intents = intents;
    this.#scores = scores;
  }

  get ranking(): IntentScore[] {
    if (!this.#ranking) {
      const scores = this.#scores;
      this.#ranking = this.#intents.map((intent, c) => ({ intent: intent.name, score: scores ? (scores[c] ?? 0) : intent.name === this.intent ? 1 : 0 }));
      this.#ranking.sort((a, b) => b.score - a.score); // stable: equal scores keep the intents' order
    }
    return this.#ranking;
  }

  toJSON(): Classification {
    return { intent: this.intent, score: this.score, ranking: this.ranking };
  }
}
