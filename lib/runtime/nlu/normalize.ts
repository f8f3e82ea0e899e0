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
    lastNormal = plainWords(lower) ?? rewrite(lower);
    lastText = text;
  }
  return lastNormal;
}

/**
 * Most messages are plain ASCII words that no rule below rewrites: their letters and digits
 * joined by single spaces are the whole answer, found in one scan instead of six regex passes.
 * Undefined when a rule might apply (non-ASCII, an apostrophe, "im", "cannot", "dont"…).
 */
function plainWords(lower: string): string | undefined {
  let out = "";
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if ((c > 96 && c < 123) || (c > 47 && c < 58)) {
      if (start < 0) start = i;
    } else if (c > 126 || c === 39 || c === 96) {
      return undefined;
    } else if (start >= 0) {
      const word = lower.slice(start, i);
      if (REWRITTEN.test(word)) return undefined;
      out = out ? out + " " + word : word;
      start = -1;
    }
  }
  return out;
}

function rewrite(lower: string): string {
  // plain ASCII has no accents, "ß" or curly quotes to fold: skip the costly part
  return (/^[\0-~]*$/.test(lower) ? lower.replace(/`/g, "'") : fold(lower))
    .replace(/\bim\b/g, "i'm")
    .replace(/\bcannot\b/g, "can't")
    .replace(APOSTROPHELESS, "$1n't")
    .replace(CONTRACTION, (_, word: string, tail: string) => (IRREGULAR[word] ?? word) + " " + (TAILS[tail] ?? ""))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function fold(lower: string): string {
  return lower.normalize("NFD").replace(/\p{M}+/gu, "").replace(/ß/g, "ss").replace(/[’`´]/g, "'");
}

let lastText = "";
let lastNormal = "";

// "don't" → do + n't; also the apostrophe-less spellings people type ("dont", "cant", "im").
const SHORTENED = "do|does|did|ca|wo|is|are|was|were|have|has|had|could|would|should";
const CONTRACTION = /\b([a-z]+?)(n't|'m|'re|'ve|'ll|'d|'s)\b/g;
const APOSTROPHELESS = new RegExp(`\\b(${SHORTENED})nt\\b`, "g");
/** A whole word one of the rules above rewrites. */
const REWRITTEN = new RegExp(`^(?:im|cannot|(?:${SHORTENED})nt)$`);
const TAILS: Record<string, string> = { "n't": "not", "'m": "am", "'re": "are", "'ve": "have", "'ll": "will", "'d": "would" };
const IRREGULAR: Record<string, string> = { ca: "can", wo: "will", sha: "shall", ai: "is" };
