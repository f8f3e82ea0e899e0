/** The value at quantile `q` (0–1) of `values`, nearest rank; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** The median of `values` (the middle one of the repeats). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** A figure for a table cell: one decimal below 100, whole numbers above. */
export function fmt(value: number): string {
  if (!Number.isFinite(value)) return "—";
  return Math.abs(value) < 100 ? value.toFixed(1) : Math.round(value).toString();
}

/** Baton ÷ peer, as "1.23×" (lower is better for Baton). */
export function ratio(baton: number, peer: number): string {
  return peer > 0 && Number.isFinite(baton) ? `${(baton / peer).toFixed(2)}×` : "—";
}
