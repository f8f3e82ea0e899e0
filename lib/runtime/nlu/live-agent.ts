import type { LanguagePack } from "../bundle-types";
import { language, type Language } from "./language";
import { normalizeText } from "./normalize";

/**
 * True when the user asks for a human — in English (lib/runtime/nlu/english.ts): "put me through
 * to somebody", "human please", "can a live rep help me", "agent!", "is there a human there" —
 * plus the flow's own `extraPhrases` (matched as whole words after normalisation). It errs
 * towards precision on messages that only mention people: "the agent was rude last time" is a
 * complaint about an agent, not a request for one, and "I don't want to talk to a human" is no
 * request either.
 */
export function isLiveAgentRequest(text: string, pack: LanguagePack, extraPhrases: readonly string[] = []): boolean {
  const norm = normalizeText(text.slice(0, 2000));
  return extraPhrases.some((p) => hasPhrase(norm, normalizeText(p))) || asksForPerson(norm, language(pack));
}

/** True when `phrase` (normalised, non-empty) is in the normalised text as whole words. */
export function hasPhrase(normalized: string, phrase: string): boolean {
  return phrase !== "" && (" " + normalized + " ").includes(" " + phrase + " ");
}

/** `isLiveAgentRequest` without extra phrases, for a message the caller already normalised. */
export function asksForPerson(normalized: string, lang: Language): boolean {
  // most messages mention no person at all: one test rules them out instead of nine
  if (!lang.mentions.test(normalized)) return false;
  const norm = " " + normalized + " ";
  if (lang.aloneRequest.test(norm)) return true;
  for (const request of lang.requestRules) {
    const m = request.exec(norm);
    if (m && !lang.negated.test(norm.slice(Math.max(0, m.index - 16), m.index + m[0].length))) return true;
  }
  return false;
}
