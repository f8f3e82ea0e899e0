import { normalizeText } from "./normalize";

/**
 * True when the user asks for a human: "put me through to somebody", "human please", "can a live
 * rep help me", "agent!", "is there a human there" — plus the flow's own `extraPhrases` (matched
 * as whole words after normalisation). It errs towards precision on messages that only mention
 * people: "the agent was rude last time" is a complaint about an agent, not a request for one,
 * and "I don't want to talk to a human" is no request either.
 */
export function isLiveAgentRequest(text: string, extraPhrases: readonly string[] = []): boolean {
  const norm = normalizeText(text.slice(0, 2000));
  return extraPhrases.some((p) => hasPhrase(norm, normalizeText(p))) || asksForPerson(norm);
}

/** True when `phrase` (normalised, non-empty) is in the normalised text as whole words. */
export function hasPhrase(normalized: string, phrase: string): boolean {
  return phrase !== "" && (" " + normalized + " ").includes(" " + phrase + " ");
}

/** `isLiveAgentRequest` without extra phrases, for a message the caller already normalised. */
export function asksForPerson(normalized: string): boolean {
  if (!MENTION.test(normalized)) return false;
  const norm = " " + normalized + " ";
  if (ALONE.test(norm)) return true;
  for (const rule of RULES) {
    const m = rule.exec(norm);
    if (m && !NEGATED.test(norm.slice(Math.max(0, m.index - 16), m.index + m[0].length))) return true;
  }
  return false;
}

const STRONG =
  "(?:humans?(?: being)?|person|agents?|rep(?:s|resentatives?)?|operator|staff|" +
  "employee|manager|supervisor|customer (?:services?|support|care)(?: (?:team|agent|rep))?|support (?:team|staff)|live chat|advisor|adviser|" +
  "members? of (?:staff|the team|your team)|staff member|team member)";
const ANY = `(?:${STRONG}|(?:some|any)(?:one|body)(?! else)(?: (?:from|of|on|at) (?:your|the) (?:team|company|staff|end|side))?|people|one of (?:your|the) (?:agents|reps|staff|people)|your team)`;
const DET = "(?:(?:a|an|the|some|your|to|with) )*(?:(?:real|live|actual|human|customer|proper|flesh and blood) )*";
const FILLER = "(?:please|pls|plz|now|asap|a|an|the|hi|hey|hello|ok|okay|just|i|me|want|need|real|live|actual|human|right|urgent|immediately|needed|required|wanted)";

/** The whole message is a person noun and filler: "agent!", "human please", "a real person now". */
const ALONE = new RegExp(`^ (?:${FILLER} )*${STRONG} (?:${FILLER} )*$`);

const RULES = [
  // talk / connect / transfer verb, its object "me", then the person: "put me through to somebody",
  // "put me in touch with a person", "can I be transferred to a rep" (not "I was transferred to …")
  new RegExp(
    ` (?:talk(?:ing)?|speak(?:ing)?|chat(?:ting)?|connect|transfer|put|pass|forward|route|escalate|switch|hand|get|reach|contact|message|call|(?:be|get) (?:(?:connect|transferr|pass|forward|hand)ed|put))` +
      ` (?:(?:me|us|this|it) )?(?:(?:through|over|across|back|in touch with|in contact with) )?${DET}${ANY} `,
  ),
  // wanting or asking for one: "I need a human", "is there a human there", "can I have an agent"
  new RegExp(` (?:want|need|like|prefer|request|demand|give me|bring me|find me|is there|are there|(?:can|could|may) (?:i|we) have|send) ${DET}${STRONG} `),
  new RegExp(` (?:is|are) there (?:any|some)(?:one|body) `),
  // the person qualified, at the end or before talking: "I want someone real", "somebody human to talk to"
  / (?:some|any)(?:one|body) (?:real|human|alive)(?: please| now| to (?:talk|speak|chat|help) .*)? $/,
  // asking whether one is there: "is a human available", "any humans around", "is anybody there"
  new RegExp(` (?:is|are|any) (?:there )?${DET}(?:(?:any|one of your) )?${ANY} (?:available|around|online|there|on duty|free to talk) `),
  // "who can I talk to", "human help please", "help from a real person"
  / who (?:can|could|do|should) (?:i|we) (?:talk|speak|chat) /,
  new RegExp(` (?:(?:real|live|human) (?:help|assistance|support)|(?:help|assistance|support) from ${DET}${STRONG}) `),
  // the person doing the helping: "can a live rep help me", "can someone help"
  new RegExp(` (?:can|could|will|would|may) ${DET}${ANY} (?:please )?(?:help|assist|call|contact|take over|look|get in touch|reach out) `),
];

/**
 * A word every rule needs somewhere (a person, "someone", "team", "who", "help"…): most messages
 * have none, and one test rules them all out instead of nine.
 */
const MENTION = /(?:^| )(?:human|person|agent|rep|operator|staff|employee|manag|supervis|customer|support|live|advis|member|team|some|any|people|who|help|assist)/;

/** A negation just before or inside the request: "I don't want to talk to a human". */
const NEGATED = / (?:not|never|dont|without) /;
