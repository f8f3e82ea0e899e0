/**
 * The kinds of error cross-validation makes on the TRAINING split (the test split is never read):
 * an intent sentence rejected though the model ranked its intent first (the threshold), rejected
 * with another intent first, sent to the wrong intent, or a `None` sentence matched. Tells which
 * part of the classifier to work on; settings are still chosen by the figures of cross-validate.ts.
 *   npx tsx tests/bench/nlu/cv-errors.ts '{"epochs":20}' [folds, default 3] [repeats, default 6]
 */
import { trainClassifier } from "../../../lib/runtime/nlu/classifier";
import { HYPER } from "../../../lib/runtime/nlu/hyper";
import { corporaDir, loadCorpora, NONE, trainingData } from "./corpora";
import { shuffle } from "./cross-validate";
import { ENGLISH } from "../../../lib/runtime/nlu/english";

const dir = corporaDir();
if (!dir) throw new Error("corpora not found");
const hyper = { ...HYPER, ...JSON.parse(process.argv[2] ?? "{}") };
const folds = Number(process.argv[3] ?? 3);
const repeats = Number(process.argv[4] ?? 6);
for (const corpus of loadCorpora(dir)) {
  const kinds = new Map<string, number>();
  for (let rep = 0; rep < repeats; rep++) {
    const train = shuffle(corpus.sentences.filter((s) => s.training), rep);
    for (let f = 0; f < folds; f++) {
      const { intents, outOfScope } = trainingData(train.filter((_, i) => i % folds !== f));
      const model = trainClassifier(intents, { language: ENGLISH, outOfScope }, hyper);
      for (const s of train.filter((_, i) => i % folds === f)) {
        const c = model.classify(s.text);
        const got = c.intent ?? NONE;
        if (got === s.intent) continue;
        const kind =
          s.intent === NONE ? "None matched" :
          got !== NONE ? "wrong intent" :
          c.ranking[0]?.intent === s.intent ? "rejected, right intent first" : "rejected, other intent first";
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }
    }
  }
  console.log(corpus.name.padEnd(16), JSON.stringify(Object.fromEntries(kinds)));
}
