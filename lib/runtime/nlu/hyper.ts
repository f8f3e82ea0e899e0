/**
 * Training hyper-parameters. The defaults were chosen by cross-validation (leave-one-out, two- and
 * three-fold) on the training splits of the evaluation corpora only
 * (tests/bench/nlu/cross-validate.ts), never on their test splits.
 */
export interface Hyper {
  epochs: number;
  /** Starting weight of a feature that every example of a class uses (SGD refines it). */
  init: number;
  rate: number;
  l2: number;
  /** Character n-gram length over each stem (0 = none): shared spelling as weak evidence. */
  grams: number;
  gramWeight: number;
  /** Value of a neighbouring-stems feature (0 = none). */
  bigrams: number;
  /** Scale a message down when its only known words are everyday ones and most of it is unknown. */
  coverage: boolean;
}

export const HYPER: Hyper = { epochs: 30, init: 0.5, rate: 0.2, l2: 0.003, grams: 4, gramWeight: 1, bigrams: 1, coverage: true };
