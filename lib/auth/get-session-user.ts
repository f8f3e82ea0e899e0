import "server-only";
import { authForHeaders } from "./auth-instance";
import { parseRole } from "./roles";
import type { SessionUser } from "./session-user";

/**
 * The user whose session cookie is in `headers`, or null (no cookie, expired or revoked session,
 * disabled user). Works in route handlers (`request.headers`) and server components (`await headers()`).
 */
export async function getSessionUser(headers: Headers): Promise<SessionUser | null> {
  const session = await authForHeaders(headers).api.getSession({ headers });
  if (!session || session.user.banned === true) return null;
  const { id, email, name, role } = session.user;
  return { id, email, name, role: parseRole(role) };
}
