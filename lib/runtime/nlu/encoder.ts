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
 * "printing", a name typed two ways). A row already in the vector keeps its first value.
 */
export function encoder(hyper: Hyper): {
  size: () => number;
  encode: (stems: readonly string[], grow: boolean, into?: Sparse) => Sparse;
  /**
   * One stem alone, once training is done: its own row (−1 when unknown), then the rows of its
   * known n-grams — memoised, as the vocabulary no longer changes.
   */
  rowsOf: (stem: string) => number[];
} {
  const vocab = new Map<string, number>([["", 0]]);
  // a row is in the vector being built when its mark is the current stamp (no search, no set)
  const marks: number[] = [];
  let stamp = 0;
  const add = (v: Sparse, r: number | undefined, x: number): void => {
    if (r !== undefined && r >= 0 && marks[r] !== stamp) {
      marks[r] = stamp;
      v.rows.push(r);
      v.vals.push(x);
    }
  };
  const row = (f: string, grow: boolean): number | undefined => {
    let r = vocab.get(f);
    if (r === undefined && grow) vocab.set(f, (r = vocab.size));
    return r;
  };
  const grams = (f: string, grow: boolean): (number | undefined)[] => {
    const w = "<" + f + ">";
    const out: (number | undefined)[] = [];
    if (hyper.grams && f.length > 3) for (let j = 0; j + hyper.grams <= w.length; j++) out.push(row("#" + w.slice(j, j + hyper.grams), grow));
    return out;
  };
  const frozen = new Map<string, number[]>();
  const rowsOf = (f: string): number[] => {
    let rows = frozen.get(f);
    if (!rows) {
      if (frozen.size > 20_000) frozen.clear(); // bounded memory; results never depend on it
      rows = [row(f, false) ?? -1];
      for (const r of grams(f, false)) if (r !== undefined) rows.push(r);
      frozen.set(f, rows);
    }
    return rows;
  };
  return {
    size: () => vocab.size,
    rowsOf,
    encode(stems, grow, v = { rows: [], vals: [] }) {
      stamp++;
      v.rows.length = v.vals.length = 0;
      add(v, 0, 1);
      stems.forEach((f, i) => {
        const pair = hyper.bigrams && i > 0 ? stems[i - 1] + " " + f : "";
        if (grow) {
          add(v, row(f, true), 1);
          if (pair) add(v, row(pair, true), hyper.bigrams);
          for (const r of grams(f, true)) add(v, r, hyper.gramWeight);
        } else {
          const rows = rowsOf(f);
          add(v, rows[0], 1);
          if (pair) add(v, vocab.get(pair), hyper.bigrams);
          for (let k = 1; k < rows.length; k++) add(v, rows[k], hyper.gramWeight);
        }
      });
      return v;
    },
  };
}
