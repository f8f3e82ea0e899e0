/**
 * Lists the test-split sentences the classifier gets wrong, per corpus, with the best two scores:
 * for studying the kinds of error (below the threshold, wrong intent, a `None` matched) — settings
 * are still chosen by cross-validation on the training split only (cross-validate.ts). Usage:
 *   npx tsx tests/bench/nlu/errors.ts '{"epochs":20}'
 */
import { trainClassifier } from "../../../lib/runtime/nlu/classifier";
import { HYPER } from "../../../lib/runtime/nlu/hyper";
import { corporaDir, loadCorpora, NONE, trainingData } from "./corpora";
import { ENGLISH } from "../../../lib/runtime/nlu/english";

const dir = corporaDir();
if (!dir) throw new Error("corpora not found");
const hyper = { ...HYPER, ...JSON.parse(process.argv[2] ?? "{}") };
for (const corpus of loadCorpora(dir)) {
  const { intents, outOfScope } = trainingData(corpus.sentences.filter((s) => s.training));
  const model = trainClassifier(intents, { language: ENGLISH, outOfScope }, hyper);
  console.log(`## ${corpus.name}`);
  for (const s of corpus.sentences.filter((t) => !t.training)) {
    const c = model.classify(s.text);
    const top = c.ranking.slice(0, 2).map((r) => `${r.intent} ${r.score.toFixed(2)}`).join(", ");
    if ((c.intent ?? NONE) !== s.intent) console.log(`  ${s.intent} → ${c.intent ?? NONE} (${top}): ${s.text}`);
  }
}
