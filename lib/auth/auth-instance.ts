import "server-only";
import { getDb } from "@/db/client";
import { env } from "@/lib/server/env";
import { createAuth, SESSION_COOKIE_PREFIX, type Auth } from "./create-auth";
import { authSecret } from "./secret";

const cache = globalThis as typeof globalThis & { __batonAuth?: Map<boolean, Auth> };

/**
 * The better-auth instance, made on first use (importing this module opens nothing, so
 * `next build` never touches the database). There are two: with `Secure` cookies for requests
 * served over https, without for plain http (e.g. http://localhost or a LAN address), where a
 * browser would drop a Secure cookie and nobody could sign in.
 */
export function getAuth(options: { secure: boolean }): Auth {
  cache.__batonAuth ??= new Map();
  let auth = cache.__batonAuth.get(options.secure);
  if (!auth) {
    const db = getDb();
    auth = createAuth(db, { secret: authSecret(db, env.BETTER_AUTH_SECRET), secureCookies: options.secure, trustProxy: trustProxy() });
    cache.__batonAuth.set(options.secure, auth);
  }
  return auth;
}

/** The instance that set (or would set) this request's cookies. */
export function authForRequest(request: Request): Auth {
  return getAuth({ secure: isHttps(request) });
}

/** The instance that reads these headers' session cookie: only https can set a `__Secure-` one. */
export function authForHeaders(headers: Headers): Auth {
  const cookie = headers.get("cookie") ?? "";
  return getAuth({ secure: cookie.includes(`__Secure-${SESSION_COOKIE_PREFIX}.session_token=`) });
}

export function trustProxy(): boolean {
  return env.BATON_TRUST_PROXY === "1" || env.BATON_TRUST_PROXY === "true";
}

function isHttps(request: Request): boolean {
  if (new URL(request.url).protocol === "https:") return true;
  return trustProxy() && request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}
