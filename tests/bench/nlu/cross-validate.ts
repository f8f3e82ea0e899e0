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

/** Pooled micro-F1 over the three corpora; `folds` 0 = leave-one-out, k = k-fold by position. */
export function crossValidate(hyper = HYPER, folds = 0, verbose = false): number {
  const dir = corporaDir();
  if (!dir) throw new Error("corpora not found");
  const all: Counts[] = [];
  for (const corpus of loadCorpora(dir)) {
    const train = corpus.sentences.filter((s) => s.training);
    const k = folds || train.length;
    const counts: Counts[] = [];
    for (let f = 0; f < k; f++) {
      const fit = train.filter((_, i) => i % k !== f);
      const held = train.filter((_, i) => i % k === f);
      counts.push(evaluate((intents, options) => trainClassifier(intents, options, hyper), fit, held));
    }
    all.push(...counts);
    if (verbose) console.log(corpus.name.padEnd(16), micro(counts).f1.toFixed(3));
  }
  return micro(all).f1;
}

if (process.argv[1]?.endsWith("cross-validate.ts")) {
  const hyper = { ...HYPER, ...JSON.parse(process.argv[2] ?? "{}") };
  console.log("leave-one-out micro-F1", crossValidate(hyper, 0, true).toFixed(4));
  console.log("two-fold micro-F1     ", crossValidate(hyper, 2, true).toFixed(4), JSON.stringify(hyper));
}
