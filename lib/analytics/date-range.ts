const DAY_MS = 86_400_000;

/** The dashboard's range presets; `custom` takes `from`/`to` dates. */
export type RangePreset = "7d" | "30d" | "90d" | "custom";

/** A resolved range: [from, to) in ms, whole UTC days. */
export interface DateRange {
  from: number;
  to: number;
}

/**
 * Turns a preset (the last 7/30/90 days, today included) or custom `YYYY-MM-DD` dates (both
 * inclusive) into whole UTC days [from, to). `now` is injected so tests and the bench are repeatable.
 */
export function resolveRange(preset: RangePreset, now: number, custom: { from?: string; to?: string } = {}): DateRange {
  const tomorrow = (Math.floor(now / DAY_MS) + 1) * DAY_MS;
  if (preset !== "custom") {
    const days = Number.parseInt(preset, 10);
    return { from: tomorrow - days * DAY_MS, to: tomorrow };
  }
  const to = custom.to ? Date.parse(`${custom.to}T00:00:00.000Z`) + DAY_MS : tomorrow;
  const from = custom.from ? Date.parse(`${custom.from}T00:00:00.000Z`) : to - 30 * DAY_MS;
  return from < to ? { from, to } : { from: to - DAY_MS, to };
}

/** `YYYY-MM-DD` of a ms time (UTC). */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
