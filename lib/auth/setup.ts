import { eq } from "drizzle-orm";
import type { Db } from "@/db/open";
import { countUsers } from "@/db/queries/users";
import { appMeta } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import type { Auth } from "./create-auth";
import { createUserAccount } from "./create-user";

const SETUP_KEY = "setup_completed_at";

/** The one-time setup is open only on a database that has never had a user or finished setup. */
export function isSetupOpen(db: Db): boolean {
  return countUsers(db) === 0 && !db.select().from(appMeta).where(eq(appMeta.key, SETUP_KEY)).get();
}

/** Marks setup as done, e.g. when the first admin came from BATON_ADMIN_EMAIL. */
export function markSetupDone(db: Db, now = new Date()): void {
  db.insert(appMeta).values({ key: SETUP_KEY, value: now.toISOString() }).onConflictDoNothing().run();
}

/**
 * Creates the first admin, once. The setup marker is claimed in a transaction before the (slow,
 * async) password hashing, so two people submitting the form at once cannot both become admin;
 * if creating the user fails, the claim is released so setup can be retried. Afterwards setup
 * answers 404 forever.
 */
export async function createFirstAdmin(db: Db, auth: Auth, input: { email: string; name: string; password: string }): Promise<{ id: string; email: string }> {
  const claimed = db.transaction((tx) => {
    if (countUsers(tx) > 0) return false;
    return tx.insert(appMeta).values({ key: SETUP_KEY, value: new Date().toISOString() }).onConflictDoNothing().run().changes === 1;
  });
  if (!claimed) throw new AppError("not_found", "Baton is already set up. Sign in instead.");
  try {
    const user = await createUserAccount(auth, { ...input, role: "admin" });
    recordAudit(db, { actor: user, action: "setup.admin_created", target: user.email });
    return user;
  } catch (error) {
    db.delete(appMeta).where(eq(appMeta.key, SETUP_KEY)).run();
    throw error;
  }
}
