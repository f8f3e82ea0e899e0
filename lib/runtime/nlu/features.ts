import { normalizeText } from "./normalize";
import { stem } from "./stem";
import { canonical, joinPhrases } from "./synonyms";

/**
 * The features of a message: its distinct canonical stems, in order of first appearance, without
 * the function words of STOP_WORDS. Question words and prepositions stay ("when", "how", "from",
 * "to" are real evidence of intent); "please", "my", "can", "you" never are.
 */
export function features(text: string): string[] {
  const out: string[] = [];
  const words = joinPhrases(normalizeText(text));
  // word by word with indexOf: `split(" ")` and its array cost a third of this function
  for (let start = 0; start <= words.length; ) {
    const space = words.indexOf(" ", start);
    const end = space < 0 ? words.length : space;
    const word = words.slice(start, end);
    start = end + 1;
    let f = CACHE.get(word);
    if (f === undefined) {
      if (CACHE.size > 20_000) CACHE.clear(); // bounded memory; results never depend on it
      f = word && canonical(stem(word));
      CACHE.set(word, (f = STOP_WORDS.has(f) ? "" : f));
    }
    if (f && !out.includes(f)) out.push(f);
  }
  return out;
}

/** Stems that carry no intent by themselves. */
export const STOP_WORDS = new Set(
  "a an the my me i you your we our it its thi that is are am was be do doe did can could would will should pleas just".split(" "),
);

/**
 * Question words and prepositions: features (they tell "when does it leave" from "how do I get
 * there"), but not content — they neither show that a message is on topic nor that it is not.
 */
export const FUNCTION_WORDS = new Set("to from for with in on at of about by into how what when where why which who".split(" "));

/** Word → feature ("" for none), memoised: stemming is the costly step and people reuse their words. */
const CACHE = new Map<string, string>();
