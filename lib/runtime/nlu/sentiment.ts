import { normalizeText } from "./normalize";

/**
 * True when the message is negative or profane — one signal of the frustration trigger. A small
 * lexicon with cheap negation: a negative word within three words after "not"/"never" cancels
 * ("not bad"), a positive one turns negative ("not helpful", "doesn't work"). Shouting (three or
 * more words in capitals) counts as negative too.
 */
export function isNegativeMessage(text: string): boolean {
  return isNegativeNormalized(normalizeText(text.slice(0, 2000)), text);
}

/** `isNegativeMessage` for a message already normalised (its first 2,000 characters) by the caller. */
export function isNegativeNormalized(normalized: string, text: string): boolean {
  let score = 0;
  let negation = -4; // index of the last negation word
  // most messages have no word of the lexicon: one scan finds that instead of a test per word
  (ANY_WORD.test(normalized) ? normalized.split(" ") : []).forEach((word, i) => {
    const m = WORD.exec(word);
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

/**
 * The lexicon, one list per role — negation, profanity, negative, positive — as regex
 * alternatives separated by spaces; a trailing `*` takes any ending ("frustrat*": "frustrating").
 */
const LEXICON = [
  "not never no nothing hardly",
  "fuck* shit* crap* damn* arse* bastard* bitch* piss* bullshit wtf ffs bloody hell ass",
  "hate* annoy* frustrat* suck* disappoint* idiot* waste* scam* fail* useless stupid terrible awful horrible angry ridiculous " +
    "worst bad pathetic incompetent garbage rubbish trash unacceptable furious upset dumb pointless nonsense broken wrong ugh " +
    "argh+ rude slow worse lame unhelpful hopeless",
  "good great help(?:ful|ed)? work(?:s|ing)? useful happy clear fine fair nice thanks? love excellent perfect resolved fixed",
].map((words) => words.replace(/\*/g, "\\w*").split(" "));

// one regex instead of four: its groups are negation, profanity, negative, positive
const WORD = new RegExp(`^(?:${LEXICON.map((words) => `(${words.join("|")})`).join("|")})$`);
/**
 * Some word of the message is in the lexicon (the normalised words are separated by single
 * spaces). Its alternatives are grouped by first letter: a position whose letter starts no word
 * is passed at once, which makes this scan, done on every message, twice as fast.
 */
const ANY_WORD = new RegExp(`(?:^| )(?:${byFirstLetter(LEXICON.flat())})(?![^ ])`);

function byFirstLetter(alternatives: string[]): string {
  const groups = new Map<string, string[]>();
  for (const word of alternatives) groups.set(word.charAt(0), [...(groups.get(word.charAt(0)) ?? []), word.slice(1)]);
  return [...groups].map(([letter, rests]) => `${letter}(?:${rests.join("|")})`).join("|");
}
