import type { LanguagePack } from "../bundle-types";

/** A language pack made ready to use: sets, maps and compiled regexes, built once per pack object. */
export interface Language {
  stops: Set<string>;
  functions: Set<string>;
  prepositionSet: Set<string>;
  /** The compounds, to join (null when the pack has none). */
  joins: RegExp | null;
  /** Stem → its group's first stem. */
  heads: Map<string, string>;
  everyday: string;
  /** One word of the sentiment lexicon; its groups are negation, profanity, negative, positive. */
  sentimentWord: RegExp;
  /** Some word of the message is in the lexicon. */
  sentimentAny: RegExp;
  mentions: RegExp;
  aloneRequest: RegExp;
  requestRules: RegExp[];
  negated: RegExp;
  /** Word → its feature ("" for none), memoised: stemming is the costly step and people reuse their words. */
  featureCache: Map<string, string>;
}

const languages = new WeakMap<LanguagePack, Language>();

/** `pack` ready to use (kept for the pack object's lifetime: packs, like bundles, never change). */
export function language(pack: LanguagePack): Language {
  let ready = languages.get(pack);
  if (!ready) {
    const lexicon = [pack.sentiment.negation, pack.sentiment.profanity, pack.sentiment.negative, pack.sentiment.positive].map((words) =>
      words.map((word) => word.replace(/\*/g, "\\w*")),
    );
    ready = {
      stops: new Set(pack.stopWords),
      functions: new Set(pack.functionWords),
      prepositionSet: new Set(pack.prepositions),
      joins: pack.compounds.length ? regex(`\\b(${pack.compounds.join("|")})\\b`, "g") : null,
      heads: new Map(pack.synonyms.flatMap(([head = "", ...rest]) => rest.map((stem): [string, string] => [stem, head]))),
      everyday: pack.everydayWords.join(" "),
      sentimentWord: regex(`^(?:${lexicon.map((words) => `(${words.join("|")})`).join("|")})$`),
      sentimentAny: regex(`(?:^| )(?:${byFirstLetter(lexicon.flat())})(?![^ ])`),
      mentions: regex(pack.liveAgent.mention),
      aloneRequest: regex(pack.liveAgent.alone),
      requestRules: pack.liveAgent.requests.map((source) => regex(source)),
      negated: regex(pack.liveAgent.negation),
      featureCache: new Map(),
    };
    languages.set(pack, ready);
  }
  return ready;
}

/** A regex of the pack; an invalid source (a hand-edited bundle) never matches instead of throwing. */
function regex(source: string, flags?: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch {
    return /(?!)/;
  }
}

/**
 * The alternatives grouped by first letter: a position whose letter starts no word is passed at
 * once, which makes the lexicon scan done on every message twice as fast.
 */
function byFirstLetter(alternatives: string[]): string {
  const groups = new Map<string, string[]>();
  for (const word of alternatives) groups.set(word.charAt(0), [...(groups.get(word.charAt(0)) ?? []), word.slice(1)]);
  return [...groups].map(([letter, rests]) => `${letter}(?:${rests.join("|")})`).join("|");
}
