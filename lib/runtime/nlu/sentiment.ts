import type { LanguagePack } from "../bundle-types";
import { language, type Language } from "./language";
import { normalizeText } from "./normalize";

/**
 * True when the message is negative or profane — one signal of the frustration trigger. A small
 * lexicon (the language pack's `sentiment`) with cheap negation: a negative word within three
 * words after a negation cancels ("not bad"), a positive one turns negative ("not helpful",
 * "doesn't work"). Shouting (three or more words in capitals) counts as negative too.
 */
export function isNegativeMessage(text: string, pack: LanguagePack): boolean {
  return isNegativeNormalized(normalizeText(text.slice(0, 2000)), text, language(pack));
}

/** `isNegativeMessage` for a message already normalised (its first 2,000 characters) by the caller. */
export function isNegativeNormalized(normalized: string, text: string, lang: Language): boolean {
  let score = 0;
  let negation = -4; // index of the last negation word
  // most messages have no word of the lexicon: one scan finds that instead of a test per word
  (lang.sentimentAny.test(normalized) ? normalized.split(" ") : []).forEach((word, i) => {
    const m = lang.sentimentWord.exec(word);
    const negated = i - negation <= 3;
    if (!m) return;
    if (m[1]) negation = i;
    else if (m[2]) score -= 2;
    else if (m[3]) score += negated ? 1 : -1;
    else score += negated ? -1 : 0.5;
  });
  // no lower-case letter is rarer than capitals, so it is checked first
  return score < 0 || (!/[a-z]/.test(text) && (text.match(/\b[A-Z]{2,}\b/g) ?? []).length >= 3);
}
