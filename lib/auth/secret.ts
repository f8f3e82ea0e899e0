import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/open";
import { appMeta } from "@/db/schema";

const SECRET_KEY = "auth_secret";

/**
 * The key that signs session cookies: `BETTER_AUTH_SECRET` when set, else a random one made on
 * first use and kept in `app_meta`, so sessions survive restarts with no configuration. Two
 * processes racing on a fresh database both end up with the one that was written first.
 */
export function authSecret(db: Db, fromEnv: string | undefined): string {
  if (fromEnv) return fromEnv;
  db.insert(appMeta).values({ key: SECRET_KEY, value: randomBytes(32).toString("base64url") }).onConflictDoNothing().run();
  const row = db.select().from(appMeta).where(eq(appMeta.key, SECRET_KEY)).get();
  if (!row) throw new Error("Could not store the session secret in app_meta");
  return row.value;
}
