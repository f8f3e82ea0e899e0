/**
 * Text normalisation shared by the classifier, the live-agent detector and repeat detection:
 * lower case, accents folded ("café" → "cafe", "ß" → "ss"), contractions expanded ("can't" →
 * "can not", "i'm" → "i am"), punctuation turned into spaces, whitespace collapsed.
 *
 * A turn normalises its message for several checks (live agent, sentiment, repeats, the
 * classifier), so the last result is remembered: the same text again costs one comparison.
 */
export function normalizeText(text: string): string {
  if (text !== lastText) {
    const lower = text.toLowerCase();
    // most messages are words and single spaces already, none of them one to rewrite: one test
    // instead of three (the replace below would return such a text unchanged)
    lastNormal = PLAIN.test(lower)
      ? lower
      : // plain ASCII that no rewrite below changes: one test instead of five passes
        (REWRITTEN.test(lower) ? rewrite(lower) : lower).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    lastText = text;
  }
  return lastNormal;
}

function rewrite(lower: string): string {
  // plain ASCII has no accents or "ß" to fold: skip the costly part
  return (/^[\0-~]*$/.test(lower) ? lower : lower.normalize("NFD").replace(/\p{M}+/gu, "").replace(/ß/g, "ss"))
    .replace(/[’`´]/g, "'")
    .replace(/\bim\b/g, "i'm")
    .replace(/\bcannot\b/g, "can't")
    .replace(APOSTROPHELESS, "$1n't")
    .replace(CONTRACTION, (_, word: string, tail: string) => (IRREGULAR[word] ?? word) + " " + (TAILS[tail] ?? ""));
}

let lastText = "";
let lastNormal = "";

// "don't" → do + n't; also the apostrophe-less spellings people type ("dont", "cant", "im").
const SHORTENED = "(do|does|did|ca|wo|is|are|was|were|have|has|had|could|would|should)nt";
const CONTRACTION = /\b([a-z]+?)(n't|'m|'re|'ve|'ll|'d|'s)\b/g;
const APOSTROPHELESS = new RegExp(`\\b${SHORTENED}\\b`, "g");
/** Something `rewrite` may change: non-ASCII, an apostrophe or backtick, "im", "cannot", "dont"… */
const REWRITTEN = new RegExp(`[^\\0-~]|['\`]|\\b(im|cannot|${SHORTENED})\\b`);
/** A word `rewrite` leaves alone: lower-case ASCII letters and digits, not "im", "cannot", "dont"… */
const WORD = `(?!(?:im|cannot|${SHORTENED})\\b)[a-z0-9]+`;
/** Already normalised, nothing to rewrite: such words separated by single spaces. */
const PLAIN = new RegExp(`^${WORD}(?: ${WORD})*$`);
const TAILS: Record<string, string> = { "n't": "not", "'m": "am", "'re": "are", "'ve": "have", "'ll": "will", "'d": "would" };
const IRREGULAR: Record<string, string> = { ca: "can", wo: "will", sha: "shall", ai: "is" };
