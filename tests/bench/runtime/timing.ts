/** Per-turn latency figures, in microseconds. */
export interface Latency {
  p50: number;
  p99: number;
  mean: number;
}

/**
 * Times `count` calls of `run(i)` one by one with `process.hrtime.bigint()` and returns the
 * percentiles. Each sample includes one timer read (see `timerOverheadNs`).
 */
export function latency(run: (i: number) => void, count: number, offset = 0): Latency {
  const samples = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const before = process.hrtime.bigint();
    run(offset + i);
    samples[i] = Number(process.hrtime.bigint() - before);
  }
  return summarize(samples);
}

/** Calls per second of `run(i)` over `count` calls timed as one batch (no per-call timer). */
export function throughput(run: (i: number) => void, count: number, offset = 0): number {
  const before = process.hrtime.bigint();
  for (let i = 0; i < count; i++) run(offset + i);
  const ns = Number(process.hrtime.bigint() - before);
  return (count * 1e9) / ns;
}

/** What one `process.hrtime.bigint()` pair costs on this machine (median, ns). */
export function timerOverheadNs(): number {
  return latency(() => undefined, 100_000).p50 * 1000;
}

/** p50, p99 and mean of nanosecond samples, in microseconds. */
export function summarize(samples: Float64Array): Latency {
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) / 1000;
  let sum = 0;
  for (const value of sorted) sum += value;
  return { p50: at(0.5), p99: at(0.99), mean: sum / Math.max(1, sorted.length) / 1000 };
}

/** The median and 95th percentile of millisecond timings. */
export function medianP95(ms: number[]): { median: number; p95: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

/** Milliseconds one call of `run` takes. */
export function timeMs(run: () => void): number {
  const before = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - before) / 1e6;
}

/** A number for a table cell: 3 significant digits, thousands grouped. */
export function fmt(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString("en-US");
  return Number(value.toPrecision(3)).toString();
}

/** Microseconds of this process's CPU time (user + system) per call of `run(i)`, over `count` calls. */
export function cpuUsPerCall(run: (i: number) => void, count: number, offset = 0): number {
  const before = process.cpuUsage();
  for (let i = 0; i < count; i++) run(offset + i);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / count;
}

/** Wall-clock and CPU (user + system) milliseconds one call of `run` takes. */
export function timeWallCpuMs(run: () => void): { wall: number; cpu: number } {
  const cpuBefore = process.cpuUsage();
  const wall = timeMs(run);
  const used = process.cpuUsage(cpuBefore);
  return { wall, cpu: (used.user + used.system) / 1000 };
}
