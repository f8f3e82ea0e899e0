import fs from "node:fs";

/** p50/p99 (ms) of latency samples. */
export function percentiles(samples: number[]): { p50: number; p99: number } {
  if (samples.length === 0) return { p50: 0, p99: 0 };
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** Share of one core this process (the load generator) used since `start` (a `process.cpuUsage()`), over `ms`. */
export function cpuShare(start: NodeJS.CpuUsage, ms: number): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / Math.max(1, ms);
}

/** CPU time (ms, user + system) a process has used so far, from /proc; null where there is none. */
export function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux)
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}
