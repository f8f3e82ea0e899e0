import { POST as createUserRoute } from "@/app/api/admin/users/route";
import type { Role } from "@/lib/auth/roles";
import { ORIGIN, send, sessionCookie, setupAdmin } from "../auth/auth-client";

/** Session cookies of real users, one per role, signed in against this test file's temp database. */
export type RoleCookies = Record<Role, string>;

/** What a browser page of this Baton sends with every request: its session cookie and Origin. */
export function browserHeaders(cookie: string): Record<string, string> {
  return { cookie, origin: ORIGIN };
}

/**
 * Sets up the first admin (once per database), then has them create a designer and an agent
 * through the admin API — the way people get accounts — and signs each of them in.
 */
export async function signInEveryRole(prefix = "role"): Promise<RoleCookies> {
  const admin = await setupAdmin(`${prefix}-admin@example.test`, "admin password 123");
  return {
    admin,
    designer: await createSignedInUser(admin, "designer", prefix),
    agent: await createSignedInUser(admin, "agent", prefix),
  };
}

/** Creates a user with `role` as the admin whose cookie is given, and returns their session cookie. */
export async function createSignedInUser(adminCookie: string, role: Role, prefix = "role"): Promise<string> {
  const email = `${prefix}-${role}@example.test`;
  const password = `${role} password 123`;
  const created = await send(createUserRoute, { path: "/api/admin/users", cookie: adminCookie, body: { name: `Test ${role}`, email, password, role } });
  if (created.status !== 201) throw new Error(`creating the ${role} failed: ${created.status} ${JSON.stringify(created.body)}`);
  return sessionCookie(email, password);
}
