import type { JsonValue } from "./json";

/**
 * JSON with object keys sorted at every level, so that equal values give equal bytes no matter
 * how their objects were built — the basis of bundle hashes and byte-identical compiles.
 */
export function canonicalJson(value: JsonValue): string {
  return JSON.stringify(sortKeys(value));
}

/**
 * A copy of `value` whose objects have their keys in sorted order, `undefined` properties dropped.
 * Typed loosely so compile can order typed bundle parts (which are JSON by construction).
 */
export function sortKeys<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  const record = value as { [key: string]: unknown };
  const sorted: { [key: string]: unknown } = {};
  for (const key of Object.keys(record).sort()) {
    const child = record[key];
    if (child !== undefined) sorted[key] = sortKeys(child);
  }
  return sorted as T;
}
