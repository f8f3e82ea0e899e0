import { AppError } from "@/lib/errors";

/** What one attempt learned: allowed or not, and how long until the window resets. */
export interface RateLimitResult {
  ok: boolean;
  /** Seconds until another attempt is allowed (0 when `ok`); goes into `Retry-After`. */
  retryAfterSec: number;
  remaining: number;
}

export interface RateLimiter {
  /** Counts one attempt for `key` and says whether it is within the limit. */
  hit(key: string): RateLimitResult;
  /** Forgets `key`, e.g. after a successful sign-in. */
  reset(key: string): void;
}

interface Window {
  startedAt: number;
  count: number;
}

// Past this many keys, expired windows are swept so a flood of distinct keys cannot grow memory forever.
const SWEEP_THRESHOLD = 10_000;

/**
 * A fixed-window limiter kept in memory: at most `limit` attempts per `windowMs` for each key
 * (an IP, an email, a conversation id). `now` is injectable so tests control time. Per process:
 * several server processes each count on their own, which still bounds brute force per process.
 */
export function createRateLimiter(options: { limit: number; windowMs: number; now?: () => number }): RateLimiter {
  const now = options.now ?? Date.now;
  const windows = new Map<string, Window>();

  function sweep(at: number) {
    for (const [key, window] of windows) if (at - window.startedAt >= options.windowMs) windows.delete(key);
  }

  return {
    hit(key) {
      const at = now();
      let window = windows.get(key);
      if (!window || at - window.startedAt >= options.windowMs) {
        if (windows.size >= SWEEP_THRESHOLD) sweep(at);
        window = { startedAt: at, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      if (window.count <= options.limit) return { ok: true, retryAfterSec: 0, remaining: options.limit - window.count };
      const retryAfterSec = Math.max(1, Math.ceil((window.startedAt + options.windowMs - at) / 1000));
      return { ok: false, retryAfterSec, remaining: 0 };
    },
    reset(key) {
      windows.delete(key);
    },
  };
}

/**
 * Counts an attempt and throws `rate_limited` (429) when over the limit. The error's details carry
 * `retryAfterSec`, which `retryAfterHeaders` (and the shared error response) turn into `Retry-After`.
 */
export function enforceRateLimit(limiter: RateLimiter, key: string, message = "Too many attempts. Please wait and try again."): void {
  const result = limiter.hit(key);
  if (!result.ok) throw rateLimitedError(result.retryAfterSec, message);
}

export function rateLimitedError(retryAfterSec: number, message = "Too many attempts. Please wait and try again."): AppError {
  return new AppError("rate_limited", `${message} Try again in ${retryAfterSec} s.`, { retryAfterSec });
}

/** `{ "Retry-After": "N" }` for a `rate_limited` AppError, else nothing. */
export function retryAfterHeaders(error: AppError): Record<string, string> {
  if (error.code !== "rate_limited") return {};
  const details = error.details;
  if (typeof details !== "object" || details === null || !("retryAfterSec" in details)) return {};
  const seconds = details.retryAfterSec;
  return typeof seconds === "number" ? { "Retry-After": String(seconds) } : {};
}
