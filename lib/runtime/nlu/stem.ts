/**
 * A compact Porter stemmer (M. F. Porter, 1980 — the stemmer nlp.js uses for English). Maps
 * "upgrading", "upgrades" and "upgraded" to one stem so a paraphrase shares features with the
 * training examples. Words of three letters or fewer are returned unchanged.
 */
export function stem(word: string): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
  let w = word[0] === "y" ? "Y" + word.slice(1) : word;
  w = w.replace(/(ss|i)es$/, "$1").replace(/([^s])s$/, "$1");
  w = step1b(w);
  if (w.endsWith("y") && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + "i";
  w = replaceSuffix(w, STEP2, 0);
  w = replaceSuffix(w, STEP3, 0);
  w = step4(w);
  if (w.endsWith("e")) {
    const base = w.slice(0, -1);
    const m = measure(base);
    if (m > 1 || (m === 1 && !cvc(base))) w = base;
  }
  if (w.endsWith("ll") && measure(w) > 1) w = w.slice(0, -1);
  return w.toLowerCase();
}

const STEP2: [string, string][] = [
  ["ational", "ate"], ["tional", "tion"], ["enci", "ence"], ["anci", "ance"], ["izer", "ize"],
  ["bli", "ble"], ["alli", "al"], ["entli", "ent"], ["eli", "e"], ["ousli", "ous"],
  ["ization", "ize"], ["ation", "ate"], ["ator", "ate"], ["alism", "al"], ["iveness", "ive"],
  ["fulness", "ful"], ["ousness", "ous"], ["aliti", "al"], ["iviti", "ive"], ["biliti", "ble"],
  ["logi", "log"],
];
const STEP3: [string, string][] = [
  ["icate", "ic"], ["ative", ""], ["alize", "al"], ["iciti", "ic"], ["ical", "ic"], ["ful", ""], ["ness", ""],
];
const STEP4 =
  /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|(?<=[st])ion|ou|ism|ate|iti|ous|ive|ize)$/;

function step1b(w: string): string {
  if (w.endsWith("eed")) return measure(w.slice(0, -3)) > 0 ? w.slice(0, -1) : w;
  const m = /^(.*?)(ed|ing)$/.exec(w);
  if (!m || !hasVowel(m[1] ?? "")) return w;
  const s = m[1] ?? "";
  if (/(at|bl|iz)$/.test(s)) return s + "e";
  if (/([^aeiouylsz])\1$/.test(s)) return s.slice(0, -1);
  return measure(s) === 1 && cvc(s) ? s + "e" : s;
}

function replaceSuffix(w: string, rules: [string, string][], minMeasure: number): string {
  for (const [from, to] of rules) {
    if (w.endsWith(from)) {
      const base = w.slice(0, -from.length);
      return measure(base) > minMeasure ? base + to : w;
    }
  }
  return w;
}

function step4(w: string): string {
  const m = STEP4.exec(w);
  return m && measure(m[1] ?? "") > 1 ? (m[1] ?? "") : w;
}

/** Letter classes: v for a vowel (y after a consonant counts as one), c otherwise. */
function shape(w: string): string {
  let out = "";
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const vowel = "aeiou".includes(ch ?? "") || (ch === "y" && i > 0 && out[i - 1] === "c");
    out += vowel ? "v" : "c";
  }
  return out;
}

/** Porter's m: the number of vowel-consonant sequences. */
function measure(w: string): number {
  return (shape(w).replace(/(.)\1+/g, "$1").match(/vc/g) ?? []).length;
}

function hasVowel(w: string): boolean {
  return shape(w).includes("v");
}

/** Ends consonant-vowel-consonant, the last not w, x or y (e.g. "hop", not "snow"). */
function cvc(w: string): boolean {
  return /cvc$/.test(shape(w)) && !/[wxyY]$/.test(w);
}
