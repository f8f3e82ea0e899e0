import type { SeededRandom } from "./seeded-random";

/** What kind of user a simulated conversation has. */
export type Persona = "intent" | "not_understood" | "wants_person" | "frustrated";

/** Share of each persona in simulated traffic (adds up to 1). */
export const PERSONA_MIX: readonly [Persona, number][] = [
  ["intent", 0.5],
  ["not_understood", 0.22],
  ["wants_person", 0.16],
  ["frustrated", 0.12],
];

/** Requests no support flow should recognise: the no-match trigger's material. */
export const OUT_OF_SCOPE = [
  "can you order me a pizza",
  "order me a pizza please",
  "what's the weather tomorrow",
  "will it rain tomorrow",
  "do you sell gift cards",
  "are gift cards available",
  "how do i change my password",
  "reset my password",
  "what is the capital of france",
  "sing me a song",
  "can i pay with bitcoin",
  "do you accept bitcoin",
] as const;

export const WANTS_PERSON = ["can I talk to a human", "agent please", "put me through to somebody", "human please", "can a live rep help me", "I want to speak to a real person"] as const;

export const FRUSTRATED = ["this is useless", "you are not helping at all", "this is so annoying", "terrible bot"] as const;

/** Picks a persona by `PERSONA_MIX`. */
export function pickPersona(random: SeededRandom): Persona {
  let roll = random.next();
  for (const [persona, share] of PERSONA_MIX) {
    if (roll < share) return persona;
    roll -= share;
  }
  return "intent";
}

/**
 * A paraphrase of an intent example, the way people vary a sentence: a greeting in front, a
 * "please" behind, lower case, lost punctuation, a typo-free word swap.
 */
export function paraphrase(example: string, random: SeededRandom): string {
  let text = example;
  if (random.chance(0.3)) text = `${random.pick(["hi", "hello", "hey there", "good morning"])}, ${text}`;
  if (random.chance(0.3)) text = `${text} ${random.pick(["please", "thanks", "asap", "pls"])}`;
  if (random.chance(0.4)) text = text.toLowerCase().replace(/[?.!]/g, "");
  for (const [from, to] of SWAPS) if (random.chance(0.3)) text = text.replace(from, to);
  return text;
}

const SWAPS: [RegExp, string][] = [
  [/\bmy order\b/i, "my parcel"],
  [/\bwant\b/i, "would like"],
  [/\bwhen\b/i, "at what time"],
  [/\bgive me\b/i, "i need"],
];

/** A plausible answer to what the bot just asked (email, phone, order number…), else null. */
export function answerFor(botText: string, random: SeededRandom, index: number): string | null {
  const text = botText.toLowerCase();
  // most specific first: an order-number prompt may mention the confirmation email
  if (text.includes("order number") || text.includes("order id")) return String(10_000 + random.int(90_000));
  if (text.includes("phone") || text.includes("call you")) return `+44 20 7946 ${String(1000 + random.int(9000))}`;
  if (text.includes("email")) return `user${index}@example.com`;
  if (text.includes("describe")) return random.pick(["my parcel never arrived", "the item is broken", "i was charged twice"]);
  return null;
}
