import type { JsonValue } from "./bundle-types";

/**
 * Replaces `{{name}}` (spaces allowed, dot paths into objects) with the value from `values`:
 * strings as they are, other JSON as JSON, missing as "". `encode` escapes each value (URLs).
 */
export function interpolate(
  template: string,
  values: { [name: string]: JsonValue },
  encode: (text: string) => string = asIs,
): string {
  if (!template.includes("{{")) return template; // most texts have no variables: skip the regex
  return template.replace(/\{\{\s*([A-Za-z_][\w.]*)\s*\}\}/g, (_, path: string) => encode(display(lookup(values, path))));
}

/** A value as a user reads it. */
export function display(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
}

/**
 * The value at `path` in `data`: a key that contains dots wins (variables may be named
 * `customer.name`), otherwise each dot goes one level deeper. Undefined when absent.
 */
export function lookup(data: JsonValue, path: string): JsonValue | undefined {
  if (data === null || typeof data !== "object") return undefined;
  if (!Array.isArray(data) && Object.hasOwn(data, path)) return data[path];
  return walk(data, path.split("."), 0);
}

/** Follows `parts` (from index `from`) one level each into `value`; undefined when one is absent. */
export function walk(value: JsonValue | undefined, parts: readonly string[], from: number): JsonValue | undefined {
  for (let i = from; i < parts.length; i++) {
    if (value === undefined || value === null || typeof value !== "object") return undefined;
    const part = parts[i] ?? "";
    value = Array.isArray(value) ? value[Number(part)] : Object.hasOwn(value, part) ? value[part] : undefined;
  }
  return value;
}

const asIs = (text: string): string => text;
