import type { LanguagePack } from "../bundle-types";

/**
 * The English language pack: every English word the built-in NLU and the handoff triggers use,
 * and the few sentences the interpreter says itself.
 * The interpreter knows no language of its own: `compileFlow` writes this pack into each bundle
 * (`bundle.language`), so the portable runtime stays small and a flow can carry another
 * language's words without a new runtime. Nothing in public/runtime/baton-runtime.mjs imports it.
 *
 * The lists are written from general knowledge of support conversations, never from an
 * evaluation corpus or a test.
 */

/** Person nouns that make a request for a human on their own ("agent!", "a real person please"). */
const STRONG =
  "(?:humans?(?: being)?|person|agents?|rep(?:s|resentatives?)?|operator|staff|" +
  "employee|manager|supervisor|customer (?:services?|support|care)(?: (?:team|agent|rep))?|support (?:team|staff)|live chat|advisor|adviser|" +
  "members? of (?:staff|the team|your team)|staff member|team member|colleagues?)";
/** Anyone who could help: the strong nouns, "someone", "people", "your team". */
const ANY = `(?:${STRONG}|(?:some|any)(?:one|body)(?! else)(?: (?:from|of|on|at|in) (?:your |the )?(?:team|company|staff|end|side|office|support|customer service|billing|sales))?|people|one of (?:your|the) (?:agents|reps|staff|people)|your team)`;
const DET = "(?:(?:a|an|the|some|your|to|with) )*(?:(?:real|live|actual|human|customer|proper|flesh and blood) )*";
const FILLER = "(?:please|pls|plz|now|asap|a|an|the|hi|hey|hello|ok|okay|just|i|me|want|need|real|live|actual|human|right|urgent|immediately|needed|required|wanted)";

export const ENGLISH: LanguagePack = {
  code: "en",
  stopWords: "a an the my me i you your we our it its thi that is are am was be do doe did can could would will should pleas just".split(" "),
  functionWords: "to from for with in on at of about by into how what when where why which who".split(" "),
  prepositions: "to from for with in on at of about by into".split(" "),
  compounds: ["shut down", "log in", "log on", "sign in", "sign up", "log out", "sign out", "e mail", "check out", "set up"],
  synonyms: [
    "updat upgrad",
    "delet remov eras",
    "problem issu troubl",
    "app applic program softwar tool", // a piece of software, whatever it is called
    "altern replac substitut",
    "password passwd pwd passcod",
    "email mail",
    "hello hi hei hey howdi",
    "thank thx",
    "bui buy purchas",
    "recommend suggest advis",
    "phone mobil cell cellphon",
    "want need wanna",
    "login signin logon",
    "sync synchron synchronis",
    "refund reimburs",
    "broken broke damag",
    // setting software or a device up is installing it ("set up" is joined to "setup" first)
    "instal setup",
  ].map((group) => group.split(" ")),
  // requests from every walk of life — food, weather, jokes, sport, travel, shopping, music, small talk
  everydayWords: (
    "order get buy book find check call play set tell know want like love make take give send show see look go " +
    "come pay win watch read cook eat drink sing talk say ask put try start stop bring pick visit travel good best " +
    "nice new cheap free favourite funny next last today tonight tomorrow yesterday weekend morning evening night " +
    "time day week thing something people place price ticket table game match score song music movie food dinner " +
    "lunch present gift hotel flight trip holiday weather joke"
  ).split(" "),
  sentiment: {
    negation: "not never no nothing hardly".split(" "),
    profanity: "fuck* shit* crap* damn* arse* bastard* bitch* piss* bullshit wtf ffs bloody hell ass".split(" "),
    negative: (
      "hate* annoy* frustrat* suck* disappoint* idiot* waste* scam* fail* useless stupid terrible awful horrible angry ridiculous " +
      "worst bad pathetic incompetent garbage rubbish trash unacceptable furious upset dumb pointless nonsense broken wrong ugh " +
      "argh+ rude slow worse lame unhelpful hopeless"
    ).split(" "),
    positive: "good great help(?:ful|ed)? work(?:s|ing)? useful happy clear fine fair nice thanks? love excellent perfect resolved fixed".split(" "),
  },
  liveAgent: {
    mention: "(?:^| )(?:human|person|agent|rep|operator|staff|employee|manag|supervis|customer|support|live|advis|member|team|colleague|some|any|people|who|help|assist)",
    alone: `^ (?:${FILLER} )*${STRONG} (?:${FILLER} )*$`,
    requests: [
      // talk / connect / transfer verb, its object "me", then the person: "put me through to somebody",
      // "put me in touch with a person", "can I be transferred to a rep" (not "I was transferred to …")
      ` (?:talk(?:ing)?|speak(?:ing)?|chat(?:ting)?|connect|transfer|put|pass|forward|route|escalate|switch|hand|get|reach|contact|message|call|(?:be|get) (?:(?:connect|transferr|pass|forward|hand)ed|put))` +
        ` (?:(?:me|us|this|it) )?(?:(?:through|over|across|back|on to|onto|in touch with|in contact with) )?${DET}${ANY} `,
      // wanting or asking for one: "I need a human", "is there a human there", "can I have an agent"
      ` (?:want|need|like|prefer|request|demand|give me|bring me|find me|is there|are there|(?:can|could|may) (?:i|we) have|send) ${DET}${STRONG} `,
      ` (?:is|are) there (?:any|some)(?:one|body) `,
      // the person qualified, at the end or before talking: "I want someone real", "somebody human to talk to"
      ` (?:some|any)(?:one|body) (?:real|human|alive)(?: please| now| to (?:talk|speak|chat|help) .*)? $`,
      // asking whether one is there: "is a human available", "any humans around", "is anybody there"
      ` (?:is|are|any) (?:there )?${DET}(?:(?:any|one of your) )?${ANY} (?:available|around|online|there|on duty|free to talk) `,
      // "who can I talk to", "human help please", "help from a real person"
      ` who (?:can|could|do|should) (?:i|we) (?:talk|speak|chat) `,
      ` (?:(?:real|live|human) (?:help|assistance|support)|(?:help|assistance|support) from ${DET}${STRONG}) `,
      // the person doing the helping: "can a live rep help me", "can someone help"
      ` (?:can|could|will|would|may) ${DET}${ANY} (?:please )?(?:help|assist|call|contact|take over|look|get in touch|reach out) `,
      // someone made to get in touch: "have a representative contact me", "I'd like someone to phone me"
      ` (?:have|get|ask|want|need|like|let) ${DET}${ANY} (?:to )?(?:call|phone|ring|contact|email|text|get back to|reach out to) (?:me|us) `,
      // a preference for a person: "I'd rather deal with a person"
      ` (?:rather|prefer(?: to)?) (?:deal|work|go) with ${DET}${ANY} `,
      // whether one is free (with an article: "is customer support free" asks about a price)
      ` (?:is|are) (?:there )?(?:(?:a|an|any|one of your) (?:(?:real|live|actual|human) )*${STRONG}|(?:any|some)(?:one|body)) free `,
    ],
    // a negation just before or inside the request: "I don't want to talk to a human"
    negation: " (?:not|never|dont|without) ",
  },
  texts: {
    talkToPerson: "Talk to a person",
    liveAgentOff: "Talking to a person isn't available here.",
    alreadyConnected: "You're already connected with our team; someone will answer here.",
    noHandoffNode: "Sorry, nobody from our team can join this conversation.",
    cannotConnect: "Sorry, I can't connect you with a person right now.",
    agentJoined: "{{agent}} has joined the conversation.",
    tryLater: "Please try again later.",
    failed: "Sorry, that did not work. Please try again later.",
    waitUnderMinute: "less than a minute",
    waitMinute: "1 minute",
    waitMinutes: "{{n}} minutes",
    waitHours: "{{n}} hours",
  },
};
