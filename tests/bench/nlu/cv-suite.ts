/**
 * Several cross-validation settings on the TRAINING split at once (leave-one-out, 2-fold × 12,
 * 3-fold × 12, 4-fold × 8, 5-fold × 4), so a change is kept only when it wins across them, not in
 * one lucky split. The test split is never read.
 *   npx tsx tests/bench/nlu/cv-suite.ts '{"epochs":20}'
 */
import { HYPER } from "../../../lib/runtime/nlu/hyper";
import { crossValidate } from "./cross-validate";

const hyper = { ...HYPER, ...JSON.parse(process.argv[2] ?? "{}") };
const settings: [string, number, number][] = [["LOO", 0, 1], ["2×12", 2, 12], ["3×12", 3, 12], ["4×8", 4, 8], ["5×4", 5, 4]];
const figures = settings.map(([name, folds, repeats]) => `${name} ${crossValidate(hyper, folds, false, repeats).toFixed(4)}`);
console.log(figures.join("  "), process.argv[2] ?? "");
