/**
 * Per-field messages from an API error's `details` (`[{ path, message }]`, see lib/errors.ts),
 * keyed by path ("name", "hours.mon[0].from"); the first message per path wins.
 */
export function fieldErrorsOf(details: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!Array.isArray(details)) return fields;
  for (const item of details) {
    if (typeof item !== "object" || item === null || !("path" in item) || !("message" in item)) continue;
    const { path, message } = item;
    if (typeof path === "string" && typeof message === "string" && !(path in fields)) fields[path] = message;
  }
  return fields;
}
