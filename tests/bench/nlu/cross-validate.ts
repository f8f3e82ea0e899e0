/**
 * How the classifier's hyper-parameters were chosen: cross-validation on the TRAINING split of each
 * corpus only (the test split is never looked at). Leave-one-out is close to the final setting but
 * coarse (one sentence ≈ 0.004); two-fold (train on every other sentence, test on the rest, then
 * swap) has less training data than the real test, makes more errors and so separates settings
 * better. Prints the pooled accuracy (= micro-F1, see nlu.bench.ts) of both for the configuration
 * passed as JSON, e.g.
 *   npx tsx tests/bench/nlu/cross-validate.ts '{"epochs":20}'
 */
import { trainClassifier } from "../../../lib/runtime/nlu/classifier";
import { HYPER } from "../../../lib/runtime/nlu/hyper";
import { corporaDir, evaluate, loadCorpora, micro, type Counts } from "./corpora";

/**
 * Pooled micro-F1 over the three corpora; `folds` 0 = leave-one-out, k = k-fold by position,
 * repeated over `repeats` fixed shuffles of the training split (the first is the corpus order), so
 * one unlucky split does not decide a setting.
 */
export function crossValidate(hyper = HYPER, folds = 0, verbose = false, repeats = 1): number {
  const dir = corporaDir();
  if (!dir) throw new Error("corpora not found");
  const all: Counts[] = [];
  for (const corpus of loadCorpora(dir)) {
    const counts: Counts[] = [];
    for (let rep = 0; rep < (folds ? repeats : 1); rep++) {
      const train = shuffle(corpus.sentences.filter((s) => s.training), rep);
      const k = folds || train.length;
      for (let f = 0; f < k; f++) {
        const fit = train.filter((_, i) => i % k !== f);
        const held = train.filter((_, i) => i % k === f);
        counts.push(evaluate((intents, options) => trainClassifier(intents, options, hyper), fit, held));
      }
    }
    all.push(...counts);
    if (verbose) console.log(corpus.name.padEnd(16), micro(counts).f1.toFixed(3));
  }
  return micro(all).f1;
}

/** A fixed Fisher–Yates shuffle (seed 0 = unchanged), by a linear congruential generator. */
export function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed * 7919;
  for (let i = out.length - 1; seed > 0 && i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    const a = out[i];
    const b = out[j];
    if (a !== undefined && b !== undefined) [out[i], out[j]] = [b, a];
  }
  return out;
}

if (process.argv[1]?.endsWith("cross-validate.ts")) {
  const hyper = { ...HYPER, ...JSON.parse(process.argv[2] ?? "{}") };
  console.log("leave-one-out micro-F1", crossValidate(hyper, 0, true).toFixed(4));
  console.log("two-fold micro-F1     ", crossValidate(hyper, 2, true).toFixed(4), JSON.stringify(hyper));
  console.log("2-fold × 6 shuffles   ", crossValidate(hyper, 2, false, 6).toFixed(4));
  console.log("3-fold × 6 shuffles   ", crossValidate(hyper, 3, false, 6).toFixed(4));
  console.log("5-fold × 4 shuffles   ", crossValidate(hyper, 5, false, 4).toFixed(4));
}
