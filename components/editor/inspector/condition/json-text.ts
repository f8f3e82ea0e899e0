import { jsonValueSchema, type JsonValue } from "@/lib/flow";

/** The outcome of reading JSON a designer typed. */
export type JsonText = { ok: true; value: JsonValue | undefined } | { ok: false; error: string };

/**
 * Reads typed JSON. Blank text is `undefined` when `allowEmpty` (e.g. a variable without an initial
 * value), otherwise an error; invalid JSON gives the parser's message, shortened for an inline error.
 */
export function parseJsonText(text: string, allowEmpty = false): JsonText {
  if (text.trim() === "") return allowEmpty ? { ok: true, value: undefined } : { ok: false, error: "Write a JSON value" };
  try {
    const parsed = jsonValueSchema.safeParse(JSON.parse(text));
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: "Not a JSON value" };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Not valid JSON: ${message.replace(/^JSON\.parse: /, "")}` };
  }
}

/** How a JSON value is shown for editing: compact when short, indented when long. */
export function formatJsonText(value: JsonValue | undefined): string {
  if (value === undefined) return "";
  const compact = JSON.stringify(value);
  return compact.length <= 60 ? compact : JSON.stringify(value, null, 2);
}
