import type { Language } from "./language";

/**
 * How much of a message the flow's intents can vouch for, 0–1, as a factor on the model's score.
 * It is 1 unless the only words the intents know are everyday ones (`generic`: "order", "get",
 * "book", "want") and at least half of the message is words no intent uses — "can you order me a
 * pizza" shares only "order" with an order-status intent and gets ½, so it stays below the
 * default threshold however sure the model is about "order". Question words, prepositions and
 * tokens with digits (line names, order numbers, versions: entity values, not topic) count neither
 * way, so "when is the next u6" is judged by "next" alone. So do unknown words from a preposition
 * up to the next known word: a place or a name ("how can i get to sendlinger tor"), not a topic.
 */
export function coverage(stems: readonly string[], known: (stem: string) => boolean, generic: ReadonlySet<string>, lang: Language): number {
  let words = 0;
  let ours = 0;
  let value = false; // after a preposition, until a known word
  for (const s of stems) {
    if (lang.functions.has(s) || /\d/.test(s)) {
      value ||= lang.prepositionSet.has(s);
    } else if (!known(s)) {
      if (!value) words++;
    } else {
      value = false;
      words++;
      if (!generic.has(s)) return 1; // a known word that is not everyday: on topic
      ours++;
    }
  }
  return words > 0 && 2 * ours <= words ? ours / words : 1;
}
