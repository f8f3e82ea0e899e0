import type { JsonValue } from "@/lib/flow";

/** A value a condition compares with, or a Set node assigns: text, number, boolean or null. */
export type Literal = string | number | boolean | null;

/**
 * Reads what a designer typed as a literal: `42` is a number, `true` a boolean, `null` null,
 * `"42"` (quoted) the string 42, anything else the text as typed. `formatLiteral` is its inverse.
 */
export function parseLiteral(text: string): Literal {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "number" || typeof value === "boolean" || typeof value === "string" || value === null) return value;
  } catch {
    // not JSON: plain text
  }
  return text;
}

/** Writes a literal so that `parseLiteral` reads it back unchanged (strings are quoted only when needed). */
export function formatLiteral(value: Literal): string {
  if (typeof value === "string") return parseLiteral(value) === value ? value : JSON.stringify(value);
  return JSON.stringify(value);
}

/** True for the JSON values `parseLiteral` can produce. */
export function isLiteral(value: JsonValue | undefined): value is Literal {
  return value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/** Reads a comma-separated list of literals (`pro, team, 3`) for the `in` operator. */
export function parseLiteralList(text: string): Literal[] {
  if (text.trim() === "") return [];
  return text.split(",").map((part) => parseLiteral(part.trim()));
}

/** Writes a list of literals as `parseLiteralList` reads it. */
export function formatLiteralList(values: readonly Literal[]): string {
  return values.map(formatLiteral).join(", ");
}
