/**
 * Typo tolerance: an index of every known feature and its one-letter deletions, so an unknown
 * word within one edit (a letter dropped, added, changed or swapped) of a known one maps to it.
 * Short words (under five letters) are never corrected: too many of them are one edit apart.
 */
export function typoIndex(known: Iterable<string>): (word: string) => string | undefined {
  const index = new Map<string, string>();
  for (const w of known) {
    if (w.length > 3) for (const d of variants(w)) if (!index.has(d)) index.set(d, w);
  }
  const fixes = new Map<string, string | undefined>(); // word → correction, memoised
  return (word) => {
    if (word.length < 5 || !/^[a-z]+$/.test(word)) return undefined;
    if (fixes.has(word)) return fixes.get(word);
    if (fixes.size > 20_000) fixes.clear(); // bounded memory; results never depend on it
    let fix: string | undefined;
    for (const d of variants(word)) if ((fix = index.get(d)) !== undefined) break;
    fixes.set(word, fix);
    return fix;
  };
}

/** The word itself, then each of its one-letter deletions. */
function variants(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}
