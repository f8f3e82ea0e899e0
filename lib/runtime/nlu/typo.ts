/**
 * Typo tolerance: an index of every known feature and its one-letter deletions, so an unknown
 * word within one edit (a letter dropped, added, changed or swapped) of a known one maps to it.
 * Short words (under five letters) are never corrected: too many of them are one edit apart.
 */
export function typoIndex(known: Iterable<string>): (word: string) => string | undefined {
  const index = new Map<string, string>();
  for (const w of known) {
    if (w.length < 4) continue;
    if (!index.has(w)) index.set(w, w);
    for (const d of deletions(w)) if (!index.has(d)) index.set(d, w);
  }
  const fixes = new Map<string, string | undefined>(); // word → correction, memoised
  return (word) => {
    if (word.length < 5 || !/^[a-z]+$/.test(word)) return undefined;
    if (fixes.has(word)) return fixes.get(word);
    if (fixes.size > 20_000) fixes.clear(); // bounded memory; results never depend on it
    let fix = index.get(word);
    if (fix === undefined) for (const d of deletions(word)) if ((fix = index.get(d)) !== undefined) break;
    fixes.set(word, fix);
    return fix;
  };
}

function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}
