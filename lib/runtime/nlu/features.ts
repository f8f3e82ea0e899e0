import type { Language } from "./language";
import { normalizeText } from "./normalize";
import { stem } from "./stem";

/**
 * The features of a message: its distinct canonical stems, in order of first appearance, without
 * the language's stop words. Compounds are joined before stemming ("shut down" → "shutdown"),
 * and a stem in a synonym group becomes the group's first ("remov", "eras" → "delet"). Question
 * words and prepositions stay ("when", "how", "from", "to" are real evidence of intent);
 * "please", "my", "can", "you" never are.
 */
export function features(text: string, lang: Language): string[] {
  const out: string[] = [];
  const normal = normalizeText(text);
  // a replace that finds nothing costs several tests; a failed test leaves lastIndex at 0
  const words = lang.joins?.test(normal) ? normal.replace(lang.joins, (compound) => compound.replace(" ", "")) : normal;
  const cache = lang.featureCache;
  // word by word with indexOf: `split(" ")` and its array cost a third of this function
  for (let start = 0; start <= words.length; ) {
    const space = words.indexOf(" ", start);
    const end = space < 0 ? words.length : space;
    const word = words.slice(start, end);
    start = end + 1;
    let f = cache.get(word);
    if (f === undefined) {
      if (cache.size > 20_000) cache.clear(); // bounded memory; results never depend on it
      f = word && stem(word);
      f = lang.heads.get(f) ?? f;
      cache.set(word, (f = lang.stops.has(f) ? "" : f));
    }
    if (f && !out.includes(f)) out.push(f);
  }
  return out;
}
