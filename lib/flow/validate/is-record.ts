/** True for a plain JSON object (not an array, not null): the shape every document part starts as. */
export function isRecord(value: unknown): value is { [key: string]: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
