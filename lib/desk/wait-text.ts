/**
 * A waiting time as a ticking clock: "0:07", "4:32", "1:02:09". Negative or fractional seconds
 * (clock skew between browser and server) are clamped and floored.
 */
export function formatWaiting(seconds: number): string {
  const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${secs}` : `${minutes}:${secs}`;
}

/** Seconds since `iso` at `now` (ms), never negative. */
export function secondsSince(iso: string, now: number): number {
  const then = Date.parse(iso);
  return Number.isNaN(then) ? 0 : Math.max(0, Math.floor((now - then) / 1000));
}

/**
 * An estimated wait people can read: "less than a minute", "about 3 min", "about 1 h 20 min".
 * Rounded up to whole minutes, because promising less than the wait is worse than more.
 */
export function formatEstimate(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 60) return "less than a minute";
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `about ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `about ${hours} h` : `about ${hours} h ${rest} min`;
}

/**
 * What a waiting user reads: "You are number 2 in line — about 3 min", "You are next in line —
 * less than a minute". Without a position (the server could not tell) it still says they wait.
 */
export function queuePositionText(position: number | undefined, estimatedWaitSec: number | undefined): string {
  const place = position === undefined || position < 1 ? "You are in line" : position === 1 ? "You are next in line" : `You are number ${position} in line`;
  return estimatedWaitSec === undefined ? place : `${place} — ${formatEstimate(estimatedWaitSec)}`;
}
