import "server-only";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/server/csrf";
import { trustProxy } from "./auth-instance";
import { getSessionUser } from "./get-session-user";
import { ROLE_LABELS, roleAllows, type Role } from "./roles";
import type { SessionUser } from "./session-user";

/**
 * For route handlers: the signed-in user if their role is allowed (admin is always allowed).
 * Throws 401 `unauthorized` when nobody is signed in, 403 `forbidden` for a mutation from another
 * site (CSRF) or a role that may not do this. Call it first thing in every handler that is not public.
 */
export async function requireUser(request: Request, roles: readonly Role[]): Promise<SessionUser> {
  const user = await getSessionUser(request.headers);
  if (!user) throw new AppError("unauthorized", "Sign in to continue.");
  assertSameOrigin(request, { trustProxy: trustProxy(), cookieAuthenticated: true });
  assertRole(user, roles);
  return user;
}

/** Throws 403 unless `user` has one of `roles` (or is an admin). */
export function assertRole(user: SessionUser, roles: readonly Role[]): void {
  if (roleAllows(user.role, roles)) return;
  const needed = roles.map((role) => ROLE_LABELS[role]).join(" or ");
  const yours = user.role ? `you are signed in as ${ROLE_LABELS[user.role].toLowerCase()}` : "your account has no role";
  throw new AppError("forbidden", `This needs the ${needed} role; ${yours}.`, { required: roles, role: user.role });
}
