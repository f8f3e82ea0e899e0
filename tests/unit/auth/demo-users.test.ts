import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listUsers } from "@/db/queries/users";
import { DEMO_PASSWORD, remainingDemoUsers, seedDemoUsers } from "@/db/seed-users";
import { isSetupOpen } from "@/lib/auth/setup";
import { getSession, sessionCookie } from "./auth-client";

describe("demo users", () => {
  it("seeds admin, designer and agent with the demo password, once", async () => {
    expect(await seedDemoUsers(getDb(), { adminEmailConfigured: false })).toEqual({ seeded: true });
    expect(await seedDemoUsers(getDb(), { adminEmailConfigured: false })).toEqual({ seeded: false });
    expect(listUsers(getDb()).map((user) => [user.email, user.role])).toEqual([
      ["admin@acme.test", "admin"],
      ["agent@acme.test", "agent"],
      ["designer@acme.test", "designer"],
    ]);
    expect(isSetupOpen(getDb())).toBe(false);
    expect(remainingDemoUsers(getDb())).toHaveLength(3);
    const session = await getSession(await sessionCookie("designer@acme.test", DEMO_PASSWORD));
    expect(session.body).toMatchObject({ user: { role: "designer" } });
  });
});
