import type { IntentTrainingData } from "../../../lib/runtime/nlu";

/**
 * A deterministic synthetic flow: `count` intents × `perIntent` utterances built from a fixed
 * word list by a linear congruential generator (no Math.random), so every run measures the same
 * model. Each intent has three topic words of its own mixed with shared filler.
 */
export function syntheticIntents(count: number, perIntent: number): IntentTrainingData[] {
  let seed = 12345;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const word = (i: number) => SYLLABLES[i % 20] + (SYLLABLES[Math.floor(i / 20) % 20] ?? "") + "x";
  const intents: IntentTrainingData[] = [];
  for (let i = 0; i < count; i++) {
    const topic = [word(i * 3), word(i * 3 + 1), word(i * 3 + 2)];
    const examples: string[] = [];
    for (let j = 0; j < perIntent; j++) {
      const filler = FILLER[next(FILLER.length)] ?? "";
      examples.push(`${filler} ${topic[next(3)]} ${topic[next(3)]} ${word(next(count * 3))}`);
    }
    intents.push({ name: `intent_${i}`, examples, keywords: [], patterns: [] });
  }
  return intents;
}

/** One message per intent in the style of its examples, plus unrelated ones. */
export function syntheticMessages(intents: IntentTrainingData[]): string[] {
  return intents.flatMap((intent, i) => [
    (intent.examples[0] ?? "") + " please",
    `can you help me with the ${intent.examples[1]?.split(" ").at(-1) ?? ""} thing`,
    `something entirely different number ${i}`,
  ]);
}

const SYLLABLES = "ka lo mi ne ru sa ti vo be da fe gu hi jo pe qu wa ze yo ci".split(" ");
const FILLER = ["i want to", "how do i", "can you please", "help me", "my", "what is the", "please", "where can i"];
