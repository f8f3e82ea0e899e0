/** Splits a textarea into its non-blank lines, trimmed: how examples, phrases and choices are typed. */
export function parseLines(text: string): string[] {
  return text.split("\n").map((line) => line.trim()).filter((line) => line !== "");
}
