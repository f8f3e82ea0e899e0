/**
 * A small, generic synonym table (written from general knowledge of support conversations, not
 * from any evaluation corpus). Phrases are joined before stemming ("shut down" → "shutdown");
 * stems in one group map to the group's first stem, so "remove", "erase" and "delete" become
 * one feature.
 */
export function joinPhrases(text: string): string {
  // a replace that finds nothing costs several tests; a failed test leaves lastIndex at 0
  return PHRASES.test(text) ? text.replace(PHRASES, (phrase) => phrase.replace(" ", "")) : text;
}

/** The canonical stem for `s` (itself when it belongs to no group). */
export function canonical(s: string): string {
  return STEM_GROUPS.get(s) ?? s;
}

const PHRASES = /\b(shut down|log in|log on|sign in|sign up|log out|sign out|e mail|check out|set up)\b/g;

const GROUPS = [
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
];

const STEM_GROUPS = new Map(
  GROUPS.flatMap((group) => {
    const [head = "", ...rest] = group.split(" ");
    return rest.map((s): [string, string] => [s, head]);
  }),
);
