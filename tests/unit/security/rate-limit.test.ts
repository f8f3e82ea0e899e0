import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createRateLimiter, enforceRateLimit, retryAfterHeaders } from "@/lib/server/rate-limit";

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("rate limiter", () => {
  it("allows `limit` attempts per window, then says how long to wait", () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 10_000, now: time.now });
    expect([1, 2, 3].map(() => limiter.hit("ip-1").ok)).toEqual([true, true, true]);
    time.advance(2_500);
    expect(limiter.hit("ip-1")).toEqual({ ok: false, retryAfterSec: 8, remaining: 0 });
    expect(limiter.hit("ip-2").ok).toBe(true);
    time.advance(7_500);
    expect(limiter.hit("ip-1")).toMatchObject({ ok: true, remaining: 2 });
  });

  it("forgets a key on reset", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, now: () => 0 });
    limiter.hit("a");
    expect(limiter.hit("a").ok).toBe(false);
    limiter.reset("a");
    expect(limiter.hit("a").ok).toBe(true);
  });

  it("throws rate_limited (429) whose Retry-After header carries the wait", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 30_000, now: () => 1_000 });
    enforceRateLimit(limiter, "conversation-9");
    let caught: unknown;
    try {
      enforceRateLimit(limiter, "conversation-9");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    if (!(caught instanceof AppError)) return;
    expect(caught.status).toBe(429);
    expect(retryAfterHeaders(caught)).toEqual({ "Retry-After": "30" });
    expect(retryAfterHeaders(new AppError("forbidden", "x"))).toEqual({});
  });
});
