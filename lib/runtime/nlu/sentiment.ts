import { tokenize } from "./normalize";

/**
 * True when the message is negative or profane — one signal of the frustration trigger. A small
 * lexicon with cheap negation: a negative word right after "not"/"never" cancels ("not bad"), a
 * positive one turns negative ("not helpful", "doesn't work"). Shouting (three or more words in
 * capitals) counts as negative too.
 */
export function isNegativeMessage(text: string): boolean {
  const words = tokenize(text.slice(0, 2000));
  let score = 0;
  words.forEach((w, i) => {
    const negated = words.slice(Math.max(0, i - 3), i).some((x) => NEGATION.test(x));
    if (PROFANITY.test(w)) score -= 2;
    else if (NEGATIVE.test(w)) score += negated ? 1 : -1;
    else if (POSITIVE.test(w)) score += negated ? -1 : 0.5;
  });
  const shouted = (text.match(/\b[A-Z]{2,}\b/g) ?? []).length >= 3 && !/[a-z]/.test(text);
  return score < 0 || shouted;
}

const NEGATION = /^(?:not|never|no|nothing|hardly)$/;
const PROFANITY = /^(?:fuck\w*|shit\w*|crap\w*|damn\w*|bullshit|wtf|ffs|bloody|hell|ass|arse\w*|bastard\w*|bitch\w*|piss\w*)$/;
const NEGATIVE =
  /^(?:useless|stupid|terrible|awful|horrible|hate\w*|angry|annoy\w*|frustrat\w*|ridiculous|worst|bad|suck\w*|pathetic|incompetent|garbage|rubbish|trash|disappoint\w*|unacceptable|furious|upset|idiot\w*|dumb|waste\w*|scam\w*|pointless|nonsense|broken|wrong|fail\w*|ugh|argh+|rude|slow|worse|sucks|lame|unhelpful|hopeless)$/;
const POSITIVE = /^(?:good|great|helpful|help|helped|working|work|works|useful|happy|clear|fine|fair|nice|thanks?|love|excellent|perfect|resolved|fixed)$/;
