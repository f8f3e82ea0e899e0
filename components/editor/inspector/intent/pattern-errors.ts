/** The first regular expression in `patterns` that does not compile, with the reason; null when all do. */
export function invalidPattern(patterns: readonly string[]): string | null {
  for (const pattern of patterns) {
    try {
      new RegExp(pattern, "i");
    } catch (error) {
      return `“${pattern}” is not a valid pattern: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  return null;
}
