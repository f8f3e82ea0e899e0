/**
 * Everyday words that requests from every walk of life share — ordering food, the weather, jokes,
 * sports, travel, shopping, music, small talk — written from general knowledge, never from an
 * evaluation corpus or a test. A support flow knows some of them ("order", "book", "check"), but
 * one of them alone does not put a message on topic: "can you order me a pizza" is not about an
 * order's status. See coverage.ts.
 */
export const EVERYDAY_WORDS =
  "order get buy book find check call play set tell know want like love make take give send show see look go " +
  "come pay win watch read cook eat drink sing talk say ask put try start stop bring pick visit travel good best " +
  "nice new cheap free favourite funny next last today tonight tomorrow yesterday weekend morning evening night " +
  "time day week thing something people place price ticket table game match score song music movie food dinner " +
  "lunch present gift hotel flight trip holiday weather joke";
