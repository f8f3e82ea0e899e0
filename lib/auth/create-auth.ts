import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { admin } from "better-auth/plugins/admin";
import { adminAc, defaultAc } from "better-auth/plugins/admin/access";
import { accounts, sessions, users, verifications } from "@/db/auth-schema";
import type { Db } from "@/db/open";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;
export const SESSION_COOKIE_PREFIX = "baton";

/** Designers and agents get none of the admin plugin's user-management permissions. */
const noAdminRights = defaultAc.newRole({ user: [], session: [] });

export interface AuthConfig {
  secret: string;
  /** `Secure` cookies (with the `__Secure-` prefix); only for requests served over https. */
  secureCookies: boolean;
  /** Trust `X-Forwarded-Host/Proto` from a reverse proxy when working out the base URL. */
  trustProxy: boolean;
}

/**
 * Builds the better-auth instance on Baton's SQLite handle: email + password (scrypt hashing,
 * signed session cookies), no self sign-up (admins create users), roles through the admin plugin
 * (`role` and `banned` = disabled on the user row). The base URL is taken from each request.
 * Better-auth's own rate limiter is off: the route wraps sign-in with ours, which answers 429
 * with a standard `Retry-After` (see app/api/auth/[...all]/route.ts).
 */
export function createAuth(db: Db, config: AuthConfig) {
  return betterAuth({
    secret: config.secret,
    basePath: "/api/auth",
    database: drizzleAdapter(db, {
      provider: "sqlite",
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      revokeSessionsOnPasswordReset: true,
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Next may hand route handlers a URL whose host is not the one the browser used (e.g.
    // localhost for 127.0.0.1), so trust the Host header's origin: the same rule as lib/server/csrf.
    trustedOrigins: (request) => (request ? sameHostOrigins(request.headers, config.trustProxy) : []),
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // "Invalid password" per failed sign-in and the (deliberate) missing baseURL are not news.
    logger: { level: "error" },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: config.secureCookies,
      trustedProxyHeaders: config.trustProxy,
    },
    plugins: [
      admin({
        roles: { admin: adminAc, designer: noAdminRights, agent: noAdminRights },
        adminRoles: ["admin"],
        defaultRole: "designer",
        bannedUserMessage: "This account is disabled. Ask an admin of this Baton to enable it again.",
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** http:// and https:// on the request's own host (TLS may end at a proxy in front of Baton). */
export function sameHostOrigins(headers: Headers, trustProxy: boolean): string[] {
  const forwarded = trustProxy ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  const host = forwarded || headers.get("host");
  return host ? [`http://${host}`, `https://${host}`] : [];
}
