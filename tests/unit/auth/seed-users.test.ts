import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { findUserByEmail, listUsers } from "@/db/queries/users";
import { ensureAdmin, seedDemoUsers } from "@/db/seed-users";
import { isSetupOpen } from "@/lib/auth/setup";
import { signIn } from "./auth-client";

describe("start-up accounts", () => {
  it("does not seed demo users when BATON_ADMIN_EMAIL marks a real deployment", async () => {
    expect(await seedDemoUsers(getDb(), { adminEmailConfigured: true })).toEqual({ seeded: false });
    expect(listUsers(getDb())).toEqual([]);
  });

  it("creates the configured admin once, closes setup, and never resets its password", async () => {
    const db = getDb();
    expect(await ensureAdmin(db, {})).toEqual({ created: false });
    expect(isSetupOpen(db)).toBe(true);
    expect(await ensureAdmin(db, { email: "Ops@Example.test", password: "from-the-env-1" })).toEqual({ created: true });
    expect(findUserByEmail(db, "ops@example.test")?.role).toBe("admin");
    expect(isSetupOpen(db)).toBe(false);
    expect(await ensureAdmin(db, { email: "ops@example.test", password: "a-different-one" })).toEqual({ created: false });
    expect((await signIn("ops@example.test", "from-the-env-1")).status).toBe(200);
  });

  it("seeds the demo accounts only into a database without users", async () => {
    expect(await seedDemoUsers(getDb(), { adminEmailConfigured: false })).toEqual({ seeded: false });
  });
});
