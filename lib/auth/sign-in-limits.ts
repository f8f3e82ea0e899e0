import { createRateLimiter, type RateLimitResult } from "@/lib/server/rate-limit";

/**
 * Brute-force limits for password checks: 5 tries a minute for one email from one address, and
 * 20 per 15 minutes for one email from anywhere (an attacker rotating addresses). Spoofed
 * `X-Forwarded-For` only dodges the first; the second holds.
 */
export function createSignInLimits(now?: () => number) {
  const perAddress = createRateLimiter({ limit: 5, windowMs: 60_000, now });
  const perEmail = createRateLimiter({ limit: 20, windowMs: 15 * 60_000, now });
  return {
    check(ip: string, email: string): RateLimitResult {
      const normalized = email.trim().toLowerCase();
      const first = perAddress.hit(`${ip}|${normalized}`);
      if (!first.ok) return first;
      return perEmail.hit(normalized);
    },
    succeeded(ip: string, email: string) {
      perAddress.reset(`${ip}|${email.trim().toLowerCase()}`);
    },
  } satisfies { check: (ip: string, email: string) => RateLimitResult; succeeded: (ip: string, email: string) => void };
}

export type SignInLimits = ReturnType<typeof createSignInLimits>;

/** The client address as Next hands it over (it fills X-Forwarded-For from the socket). */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
