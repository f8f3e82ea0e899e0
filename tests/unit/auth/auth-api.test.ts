import { beforeAll, describe, expect, it } from "vitest";
import { POST as setupRoute } from "@/app/api/auth/setup/route";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { GET as listUsers, POST as createUser } from "@/app/api/admin/users/route";
import { DELETE as deleteUser, PATCH as updateUser } from "@/app/api/admin/users/[id]/route";
import { GET as listAudit } from "@/app/api/admin/audit/route";
import { POST as changePassword } from "@/app/api/account/password/route";
import { getDb } from "@/db/client";
import { changeUserRole, findUserByEmail } from "@/db/queries/users";
import { isSetupOpen } from "@/lib/auth/setup";
import { cookieFrom, getSession, send, sessionCookie, setupAdmin, signIn } from "./auth-client";

const ADMIN = { email: "owner@example.test", password: "correct horse battery" };
let adminCookie = "";

async function makeUser(email: string, role: "admin" | "designer" | "agent", password = "designer-pass-1") {
  const answer = await send(createUser, { path: "/api/admin/users", cookie: adminCookie, body: { name: email.split("@")[0], email, password, role } });
  expect(answer.status).toBe(201);
  const user = findUserByEmail(getDb(), email);
  if (!user) throw new Error("user not stored");
  return user;
}

beforeAll(async () => {
  expect(isSetupOpen(getDb())).toBe(true);
  adminCookie = await setupAdmin(ADMIN.email, ADMIN.password);
});

describe("first-run setup", () => {
  it("created an admin and refuses to run a second time", async () => {
    expect(findUserByEmail(getDb(), ADMIN.email)?.role).toBe("admin");
    expect(isSetupOpen(getDb())).toBe(false);
    const again = await send(setupRoute, { path: "/api/auth/setup", body: { name: "Intruder", email: "intruder@example.test", password: "another-password" } });
    expect(again.status).toBe(404);
    expect(findUserByEmail(getDb(), "intruder@example.test")).toBeNull();
  });
});

describe("sign-in", () => {
  it("signs in with the right password and the session names the user and role", async () => {
    const session = await getSession(adminCookie);
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ user: { email: ADMIN.email, role: "admin" } });
  });

  it("refuses a wrong password with 401 and sets no cookie", async () => {
    const answer = await signIn(ADMIN.email, "not the password", "198.51.100.1");
    expect(answer.status).toBe(401);
    expect(answer.headers.getSetCookie()).toEqual([]);
  });

  it("does not expose sign-up or better-auth's admin endpoints", async () => {
    const signUp = await send(authPost, { path: "/api/auth/sign-up/email", body: { email: "x@example.test", password: "whatever-123", name: "X" } });
    expect(signUp.status).toBe(404);
    const setRole = await send(authPost, { path: "/api/auth/admin/set-role", cookie: adminCookie, body: { userId: "x", role: "admin" } });
    expect(setRole.status).toBe(404);
  });

  it("signs out: the old cookie no longer opens a session", async () => {
    const cookie = await sessionCookie(ADMIN.email, ADMIN.password);
    const out = await send(authPost, { path: "/api/auth/sign-out", cookie, body: {} });
    expect(out.status).toBe(200);
    const session = await getSession(cookie);
    expect(JSON.stringify(session.body)).not.toContain(ADMIN.email);
  });
});

describe("roles on the admin API", () => {
  it("answers 401 to anonymous callers and 403 to a designer or an agent", async () => {
    expect((await send(listUsers, { path: "/api/admin/users" })).status).toBe(401);
    await makeUser("dana@example.test", "designer");
    await makeUser("alex@example.test", "agent");
    const designer = await send(listUsers, { path: "/api/admin/users", cookie: await sessionCookie("dana@example.test", "designer-pass-1") });
    expect(designer.status).toBe(403);
    expect(designer.body.error?.message).toContain("Admin");
    const agent = await send(listUsers, { path: "/api/admin/users", cookie: await sessionCookie("alex@example.test", "designer-pass-1") });
    expect(agent.status).toBe(403);
    const admin = await send(listUsers, { path: "/api/admin/users", cookie: adminCookie });
    expect(admin.status).toBe(200);
    expect(JSON.stringify(admin.body)).toContain("dana@example.test");
  });

  it("refuses a cookie-authenticated mutation from another site (CSRF)", async () => {
    const answer = await send(createUser, {
      path: "/api/admin/users",
      cookie: adminCookie,
      origin: "https://evil.example",
      body: { name: "Mallory", email: "mallory@example.test", password: "mallory-pass-1", role: "admin" },
    });
    expect(answer.status).toBe(403);
    expect(answer.body.error?.message).toContain("another site");
    expect(findUserByEmail(getDb(), "mallory@example.test")).toBeNull();
  });

  it("refuses a duplicate email with 409 and a short password with 422", async () => {
    await makeUser("dup@example.test", "designer");
    const dup = await send(createUser, { path: "/api/admin/users", cookie: adminCookie, body: { name: "Dup", email: "DUP@example.test", password: "designer-pass-1", role: "agent" } });
    expect(dup.status).toBe(409);
    const short = await send(createUser, { path: "/api/admin/users", cookie: adminCookie, body: { name: "S", email: "s@example.test", password: "short", role: "agent" } });
    expect(short.status).toBe(422);
    expect(short.body.error?.details).toEqual([{ path: "password", message: "Use at least 10 characters" }]);
  });
});

describe("managing users", () => {
  it("changes a role, and the new role applies to the user's next request", async () => {
    const user = await makeUser("promote@example.test", "designer");
    const cookie = await sessionCookie("promote@example.test", "designer-pass-1");
    expect((await send(listUsers, { path: "/api/admin/users", cookie })).status).toBe(403);
    const answer = await send(updateUser, { method: "PATCH", path: `/api/admin/users/${user.id}`, id: user.id, cookie: adminCookie, body: { role: "admin" } });
    expect(answer.status).toBe(200);
    expect((await send(listUsers, { path: "/api/admin/users", cookie })).status).toBe(200);
  });

  it("never lets an admin change their own role, disable or delete themselves", async () => {
    const me = findUserByEmail(getDb(), ADMIN.email);
    if (!me) throw new Error("no admin");
    const demote = await send(updateUser, { method: "PATCH", path: `/api/admin/users/${me.id}`, id: me.id, cookie: adminCookie, body: { role: "designer" } });
    expect(demote.status).toBe(403);
    const remove = await send(deleteUser, { method: "DELETE", path: `/api/admin/users/${me.id}`, id: me.id, cookie: adminCookie });
    expect(remove.status).toBe(403);
    expect(findUserByEmail(getDb(), ADMIN.email)?.role).toBe("admin");
  });

  it("never demotes the last admin who can sign in", async () => {
    const db = getDb();
    // Only the owner and promote@ are admins; disabling promote@ leaves the owner as the last one.
    const other = findUserByEmail(db, "promote@example.test");
    if (!other) throw new Error("missing");
    expect((await send(updateUser, { method: "PATCH", path: `/api/admin/users/${other.id}`, id: other.id, cookie: adminCookie, body: { disabled: true } })).status).toBe(200);
    const owner = findUserByEmail(db, ADMIN.email);
    if (!owner) throw new Error("missing");
    expect(() => changeUserRole(db, { actorId: other.id, userId: owner.id, role: "designer" })).toThrowError(/last admin/);
    expect(findUserByEmail(db, ADMIN.email)?.role).toBe("admin");
  });

  it("disables a user: their session ends and sign-in is refused with a clear message", async () => {
    const user = await makeUser("leaver@example.test", "agent");
    const cookie = await sessionCookie("leaver@example.test", "designer-pass-1");
    const answer = await send(updateUser, { method: "PATCH", path: `/api/admin/users/${user.id}`, id: user.id, cookie: adminCookie, body: { disabled: true } });
    expect(answer.status).toBe(200);
    expect(JSON.stringify((await getSession(cookie)).body)).not.toContain("leaver@example.test");
    const again = await signIn("leaver@example.test", "designer-pass-1", "198.51.100.9");
    expect(again.status).toBe(403);
    expect(JSON.stringify(again.body)).toContain("disabled");
  });

  it("deletes a user, who can no longer sign in", async () => {
    const user = await makeUser("gone@example.test", "designer");
    const answer = await send(deleteUser, { method: "DELETE", path: `/api/admin/users/${user.id}`, id: user.id, cookie: adminCookie });
    expect(answer.status).toBe(200);
    expect(findUserByEmail(getDb(), "gone@example.test")).toBeNull();
    expect((await signIn("gone@example.test", "designer-pass-1", "198.51.100.10")).status).toBe(401);
  });

  it("writes who did what to the audit log", async () => {
    const answer = await send(listAudit, { path: "/api/admin/audit", cookie: adminCookie });
    expect(answer.status).toBe(200);
    const entries = Array.isArray(answer.body.entries) ? answer.body.entries : [];
    const actions = entries.map((entry) => (typeof entry === "object" && entry !== null && "action" in entry ? entry.action : null));
    expect(actions).toEqual(expect.arrayContaining(["setup.admin_created", "user.created", "user.role_changed", "user.disabled", "user.deleted"]));
    expect(entries).toContainEqual(
      expect.objectContaining({ action: "user.role_changed", actorEmail: ADMIN.email, target: "promote@example.test", details: expect.objectContaining({ from: "designer", to: "admin" }) }),
    );
  });
});

describe("brute force", () => {
  it("answers 429 with Retry-After after 5 quick wrong passwords for one account, even the right one", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) statuses.push((await signIn(ADMIN.email, `guess-${attempt}`, "192.0.2.50")).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const blocked = await signIn(ADMIN.email, ADMIN.password, "192.0.2.50");
    expect(blocked.status).toBe(429);
    expect(blocked.body.error?.code).toBe("rate_limited");
    const retryAfter = Number(blocked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });
});

describe("changing my password", () => {
  it("needs the current password, then only the new one works", async () => {
    await makeUser("pw@example.test", "designer", "first-password-1");
    const cookie = await sessionCookie("pw@example.test", "first-password-1");
    const wrong = await send(changePassword, { path: "/api/account/password", cookie, body: { currentPassword: "nope-nope-nope", newPassword: "second-password-2" } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error?.details).toEqual([{ path: "currentPassword", message: "This is not your current password" }]);
    const ok = await send(changePassword, { path: "/api/account/password", cookie, body: { currentPassword: "first-password-1", newPassword: "second-password-2" } });
    expect(ok.status).toBe(200);
    expect(cookieFrom(ok.headers)).toContain("session_token");
    expect((await signIn("pw@example.test", "first-password-1", "198.51.100.20")).status).toBe(401);
    expect((await signIn("pw@example.test", "second-password-2", "198.51.100.20")).status).toBe(200);
  });
});
