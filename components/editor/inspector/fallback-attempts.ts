/**
 * The reprompts with attempt `index` set to `text`. Empty attempts at the end are dropped (the
 * runtime repeats the last message), so clearing the last attempt's text is not an error.
 */
export function setAttemptMessage(messages: readonly string[], index: number, text: string): string[] {
  const next = Array.from({ length: Math.max(messages.length, index + 1) }, (_, i) => (i === index ? text : (messages[i] ?? "")));
  while (next.length > 1 && next.at(-1) === "") next.pop();
  return next;
}

/** What a good reprompt does at this attempt: escalate from rephrasing to offering another way. */
export function attemptHint(index: number, attempts: number): string {
  if (attempts > 1 && index === attempts - 1) return "Last try: offer another way (options, a person, a ticket).";
  if (index === 0) return "First miss: rephrase briefly.";
  return "Be more specific: give an example or the options.";
}
