import type { Hyper } from "./hyper";

/** A sparse feature vector: vocabulary rows and their values, row 0 (the bias) always first. */
export interface Sparse {
  rows: number[];
  vals: number[];
}

/**
 * Turns a message's stems into a sparse vector over a vocabulary that grows while training and is
 * frozen for classification: each stem at weight 1, pairs of neighbouring stems ("next train" is
 * not "train"), and each stem's character n-grams — shared spelling as weak evidence ("printer" /
 * "printing", a name typed two ways).
 */
export function encoder(hyper: Hyper): {
  size: () => number;
  encode: (stems: readonly string[], grow: boolean) => Sparse;
} {
  const vocab = new Map<string, number>([["", 0]]);
  const add = (v: Sparse, f: string, x: number, grow: boolean): void => {
    let r = vocab.get(f);
    if (r === undefined && grow) vocab.set(f, (r = vocab.size));
    if (r !== undefined && !v.rows.includes(r)) {
      v.rows.push(r);
      v.vals.push(x);
    }
  };
  return {
    size: () => vocab.size,
    encode(stems, grow) {
      const v: Sparse = { rows: [0], vals: [1] };
      stems.forEach((f, i) => {
        add(v, f, 1, grow);
        if (hyper.bigrams && i > 0) add(v, stems[i - 1] + " " + f, hyper.bigrams, grow);
        if (hyper.grams && f.length > 3) {
          const w = "<" + f + ">";
          for (let j = 0; j + hyper.grams <= w.length; j++) add(v, "#" + w.slice(j, j + hyper.grams), hyper.gramWeight, grow);
        }
      });
      return v;
    },
  };
}
