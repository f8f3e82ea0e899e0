import { normalizeText } from "@/lib/runtime";

/** A distinct message the bot did not understand, how often, and where (the node of most of them). */
export interface PhraseCount {
  text: string;
  count: number;
  nodeId: string | null;
}

/** Messages that say roughly the same thing: the most frequent one names the group. */
export interface PhraseGroup {
  /** The most frequent phrase (its text as the user typed it). */
  label: string;
  /** Total messages in the group. */
  count: number;
  /** The group's phrases, most frequent first. */
  phrases: PhraseCount[];
  /** The node where most of the group's messages were not understood. */
  nodeId: string | null;
}

/** Two phrases share a group when this share of their content words is the same (Jaccard). */
export const SIMILARITY = 0.5;

/**
 * Groups not-understood messages by similarity: each phrase's content words (the runtime's
 * `normalizeText`, minus function words, plural "s" folded) joins the group whose first phrase
 * it overlaps most, if at least `SIMILARITY` (Jaccard), else starts a group. Phrases are taken
 * most frequent first, ties by text, so the same input always gives the same groups.
 */
export function clusterPhrases(phrases: readonly PhraseCount[], similarity = SIMILARITY): PhraseGroup[] {
  const ordered = [...phrases].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
  const groups: { words: Set<string>; key: string; group: PhraseGroup; nodes: Map<string, number> }[] = [];
  for (const phrase of ordered) {
    const words = contentWords(phrase.text);
    const key = [...words].sort().join(" ") || normalizeText(phrase.text);
    let best: (typeof groups)[number] | null = null;
    let bestScore = 0;
    for (const candidate of groups) {
      const score = candidate.key === key ? 1 : jaccard(words, candidate.words);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (!best || bestScore < similarity) {
      best = { words, key, group: { label: phrase.text, count: 0, phrases: [], nodeId: null }, nodes: new Map() };
      groups.push(best);
    }
    best.group.count += phrase.count;
    best.group.phrases.push(phrase);
    if (phrase.nodeId) best.nodes.set(phrase.nodeId, (best.nodes.get(phrase.nodeId) ?? 0) + phrase.count);
  }
  for (const { group, nodes } of groups) group.nodeId = [...nodes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  return groups.map((entry) => entry.group).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** The words that carry meaning: normalised, without function words, plural "s" folded. */
export function contentWords(text: string): Set<string> {
  const words = normalizeText(text).split(" ").filter((word) => word && !FUNCTION_WORDS.has(word));
  return new Set(words.map((word) => (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word)));
}

/** |a ∩ b| / |a ∪ b|; two empty sets are not similar (nothing to compare). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

// Words that appear in almost any request and would glue unrelated phrases together.
const FUNCTION_WORDS = new Set(
  ("a an the i me my mine you your we our us it its is am are was were be been do does did can could would will shall should " +
    "to of in on at for with from by about please pls hi hello hey thanks thank just want wanna like need how what when where why " +
    "which who this that these those there here and or but so if not no yes some any get got have has had tell let know").split(" "),
);
