import { createAuth, type Auth } from "@/lib/auth/create-auth";
import { createUserAccount } from "@/lib/auth/create-user";
import type { Role } from "@/lib/auth/roles";
import { authSecret } from "@/lib/auth/secret";
import { markSetupDone } from "@/lib/auth/setup";
import { recordAudit } from "@/lib/server/audit";
import { env } from "@/lib/server/env";
import type { Db } from "./open";
import { appMeta } from "./schema";
import { countUsers, findUserByEmail } from "./queries/users";

/** The demo accounts (all with password `baton-demo`), for trying Baton on your own machine. */
export const DEMO_PASSWORD = "baton-demo";
export const DEMO_USERS: readonly { email: string; name: string; role: Role }[] = [
  { email: "admin@acme.test", name: "Ada Admin", role: "admin" },
  { email: "designer@acme.test", name: "Dana Designer", role: "designer" },
  { email: "agent@acme.test", name: "Alex Agent", role: "agent" },
];

function startupAuth(db: Db): Auth {
  return createAuth(db, { secret: authSecret(db, env.BETTER_AUTH_SECRET), secureCookies: false, trustProxy: false });
}

/**
 * Creates the admin named by BATON_ADMIN_EMAIL / BATON_ADMIN_PASSWORD if no user has that email
 * yet, and closes the one-time /setup page. Does nothing when they are not set (then /setup
 * creates the first admin) or the user exists (an existing password is never overwritten).
 */
export async function ensureAdmin(
  db: Db,
  credentials: { email?: string; password?: string } = { email: env.BATON_ADMIN_EMAIL, password: env.BATON_ADMIN_PASSWORD },
): Promise<{ created: boolean }> {
  if (!credentials.email || !credentials.password) return { created: false };
  if (findUserByEmail(db, credentials.email)) {
    markSetupDone(db);
    return { created: false };
  }
  const user = await createUserAccount(startupAuth(db), { email: credentials.email, password: credentials.password, name: "Admin", role: "admin" });
  markSetupDone(db);
  recordAudit(db, { actor: null, action: "user.created", target: user.email, details: { role: "admin", source: "BATON_ADMIN_EMAIL" } });
  return { created: true };
}

/**
 * Adds the three demo accounts (admin@, designer@, agent@acme.test, password `baton-demo`) to a
 * database without users. Refuses when BATON_ADMIN_EMAIL is set — that marks a real deployment —
 * and never runs twice. Anyone who can reach a Baton seeded this way can sign in as admin, so the
 * start task should only call it for demos (the Settings page warns while the accounts exist).
 */
export async function seedDemoUsers(db: Db, options: { adminEmailConfigured?: boolean } = {}): Promise<{ seeded: boolean }> {
  if (options.adminEmailConfigured ?? Boolean(env.BATON_ADMIN_EMAIL)) return { seeded: false };
  if (countUsers(db) > 0) return { seeded: false };
  const auth = startupAuth(db);
  for (const demo of DEMO_USERS) {
    const user = await createUserAccount(auth, { ...demo, password: DEMO_PASSWORD });
    recordAudit(db, { actor: null, action: "user.created", target: user.email, details: { role: demo.role, source: "demo seed" } });
  }
  markSetupDone(db);
  db.insert(appMeta).values({ key: "demo_users_seeded_at", value: new Date().toISOString() }).onConflictDoNothing().run();
  return { seeded: true };
}

/** Demo accounts that still exist (the Settings page warns about them). */
export function remainingDemoUsers(db: Db): string[] {
  return DEMO_USERS.map((demo) => demo.email).filter((email) => findUserByEmail(db, email) !== null);
}
