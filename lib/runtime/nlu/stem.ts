/**
 * A compact Porter stemmer (M. F. Porter, 1980 — the stemmer nlp.js uses for English). Maps
 * "upgrading", "upgrades" and "upgraded" to one stem so a paraphrase shares features with the
 * training examples. Words of three letters or fewer are returned unchanged.
 */
export function stem(word: string): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
  let w = word.replace(/(ss|i)es$/, "$1").replace(/([^s])s$/, "$1");
  const ed = /(ed|ing)$/.exec(w);
  if (w.endsWith("eed")) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (ed && hasVowel(w.slice(0, ed.index))) {
    w = w.slice(0, ed.index);
    if (/(at|bl|iz)$/.test(w)) w += "e";
    else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
    else if (measure(w) === 1 && cvc(w)) w += "e";
  }
  if (w.endsWith("y") && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + "i";
  for (const [suffixes, to] of RULES) {
    const m = suffixes.exec(w);
    const base = w.slice(0, m?.index);
    // steps 2 and 3 replace a suffix where m > 0, step 4 drops one where m > 1
    if (m && measure(base) > (to ? 0 : 1)) w = base + (to?.[m[0]] ?? "");
  }
  const base = w.slice(0, -1);
  if (w.endsWith("e") && (measure(base) > 1 || (measure(base) === 1 && !cvc(base)))) w = base;
  if (w.endsWith("ll") && measure(w) > 1) w = w.slice(0, -1);
  return w;
}

type Suffixes = { [suffix: string]: string };

/** Steps 2 and 3: each suffix and its replacement. */
const REPLACED: Suffixes[] = [
  {
    ational: "ate", tional: "tion", enci: "ence", anci: "ance", izer: "ize", bli: "ble", alli: "al", entli: "ent", eli: "e",
    ousli: "ous", ization: "ize", ation: "ate", ator: "ate", alism: "al", iveness: "ive", fulness: "ful", ousness: "ous",
    aliti: "al", iviti: "ive", biliti: "ble", logi: "log",
  },
  { icate: "ic", ative: "", alize: "al", iciti: "ic", ical: "ic", ful: "", ness: "" },
];

/**
 * Steps 2, 3 and 4 (whose suffixes are dropped). Where two suffixes of a step overlap, the
 * regex's leftmost match picks the longer, as Porter's rule does.
 */
const RULES: [RegExp, Suffixes | null][] = [
  ...REPLACED.map((to): [RegExp, Suffixes] => [new RegExp(`(${Object.keys(to).join("|")})$`), to]),
  [/(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|(?<=[st])ion|ou|ism|ate|iti|ous|ive|ize)$/, null],
];

/** Letter classes: v for a vowel (y after a consonant counts as one), c otherwise. */
function shape(w: string): string {
  let out = "";
  for (const ch of w) out += "aeiou".includes(ch) || (ch === "y" && out.endsWith("c")) ? "v" : "c";
  return out;
}

/** Porter's m: the number of vowel-consonant sequences. */
function measure(w: string): number {
  return shape(w).split("vc").length - 1;
}

function hasVowel(w: string): boolean {
  return shape(w).includes("v");
}

/** Ends consonant-vowel-consonant, the last not w, x or y (e.g. "hop", not "snow"). */
function cvc(w: string): boolean {
  return shape(w).endsWith("cvc") && !/[wxy]$/.test(w);
}
