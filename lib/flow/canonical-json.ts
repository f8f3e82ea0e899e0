import type { JsonValue } from "./json";

/**
 * JSON with object keys sorted at every level, so that equal values give equal bytes no matter
 * how their objects were built — the basis of bundle hashes and byte-identical compiles.
 */
export function canonicalJson(value: JsonValue): string {
  return JSON.stringify(sortKeys(value));
}

/** A copy of `value` whose objects have their keys in sorted order. */
export function sortKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const sorted: { [key: string]: JsonValue } = {};
  for (const key of Object.keys(value).sort()) {
    const child = value[key];
    if (child !== undefined) sorted[key] = sortKeys(child);
  }
  return sorted;
}
