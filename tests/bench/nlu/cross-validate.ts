/**
 * How the classifier's hyper-parameters were chosen: leave-one-out cross-validation on the TRAINING
 * split of each corpus only (the test split is never looked at). Prints the pooled accuracy
 * (= micro-F1, see nlu.bench.ts) for the configuration passed as JSON, e.g.
 *   npx tsx tests/bench/nlu/cross-validate.ts '{"epochs":20}'
 */
import { HYPER, trainClassifier } from "../../../lib/runtime/nlu/classifier";
import { corporaDir, evaluate, loadCorpora, micro, type Counts } from "./corpora";


export function crossValidate(hyper = HYPER, verbose = false): number {
  const dir = corporaDir();
  if (!dir) throw new Error("corpora not found");
  const all: Counts[] = [];
  for (const corpus of loadCorpora(dir)) {
    const train = corpus.sentences.filter((s) => s.training);
    const counts: Counts[] = [];
    for (let k = 0; k < train.length; k++) {
      const fit = train.filter((_, i) => i !== k);
      const held = train.filter((_, i) => i === k);
      counts.push(evaluate((intents, options) => trainClassifier(intents, options, hyper), fit, held));
    }
    all.push(...counts);
    if (verbose) console.log(corpus.name.padEnd(16), micro(counts).f1.toFixed(3));
  }
  return micro(all).f1;
}

if (process.argv[1]?.endsWith("cross-validate.ts")) {
  const hyper = { ...HYPER, ...JSON.parse(process.argv[2] ?? "{}") };
  console.log("cv micro-F1", crossValidate(hyper, true).toFixed(4), JSON.stringify(hyper));
}
