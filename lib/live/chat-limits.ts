import { z } from "zod";
import { clientAddress } from "@/lib/auth/sign-in-limits";
import { createRateLimiter, enforceRateLimit, type RateLimiter } from "@/lib/server/rate-limit";

// Read here rather than in lib/server/env.ts (not ours): BATON_CHAT_RATE_LIMIT = requests per
// minute per IP for the public chat API; 0 turns every chat limit off (benchmarks, trusted setups).
const perMinute = z.coerce.number().int().min(0).default(600).parse(process.env.BATON_CHAT_RATE_LIMIT || undefined);

interface ChatLimiters {
  perIp: RateLimiter;
  startsPerIp: RateLimiter;
  perConversation: RateLimiter;
}

const cache = globalThis as typeof globalThis & { __batonChatLimits?: ChatLimiters };

function limiters(): ChatLimiters {
  cache.__batonChatLimits ??= {
    perIp: createRateLimiter({ limit: perMinute, windowMs: 60_000 }),
    // starting conversations is the expensive, abusable call: a tenth of the request budget
    startsPerIp: createRateLimiter({ limit: Math.max(1, Math.ceil(perMinute / 10)), windowMs: 60_000 }),
    // a person types at most a message every second or two
    perConversation: createRateLimiter({ limit: 60, windowMs: 60_000 }),
  };
  return cache.__batonChatLimits;
}

/** Counts a public chat request; 429 with Retry-After past the limits. */
export function limitChat(request: Request, options: { start?: boolean; conversationId?: string } = {}): void {
  if (perMinute === 0) return;
  const ip = clientAddress(request.headers);
  const limits = limiters();
  enforceRateLimit(limits.perIp, ip, "Too many chat requests from your address.");
  if (options.start) enforceRateLimit(limits.startsPerIp, ip, "Too many new conversations from your address.");
  if (options.conversationId) enforceRateLimit(limits.perConversation, options.conversationId, "Too many messages in this conversation.");
}
