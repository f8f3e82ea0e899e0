import { and, asc, count, eq, ne, or, isNull } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { UserRecord } from "@/lib/auth/records";
import { parseRole, type Role } from "@/lib/auth/roles";
import { sessions, users, type UserRow } from "../auth-schema";
import type { Queryable } from "../open";

export type { UserRecord };

export function toUserRecord(row: UserRow): UserRecord {
  return { id: row.id, name: row.name, email: row.email, role: parseRole(row.role), disabled: row.banned === true, createdAt: row.createdAt.toISOString() };
}

export function listUsers(db: Queryable): UserRecord[] {
  return db.select().from(users).orderBy(asc(users.email)).all().map(toUserRecord);
}

export function countUsers(db: Queryable): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

export function findUserByEmail(db: Queryable, email: string): UserRecord | null {
  const row = db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
  return row ? toUserRecord(row) : null;
}

export function getUser(db: Queryable, id: string): UserRecord {
  const row = db.select().from(users).where(eq(users.id, id)).get();
  if (!row) throw new AppError("not_found", `No user with id "${id}".`, { id });
  return toUserRecord(row);
}

const notDisabled = or(isNull(users.banned), eq(users.banned, false));

/** Admins who can still sign in, other than `exceptId`. */
function otherActiveAdmins(db: Queryable, exceptId: string): number {
  return db.select({ n: count() }).from(users).where(and(eq(users.role, "admin"), notDisabled, ne(users.id, exceptId))).get()?.n ?? 0;
}

/**
 * The checks every change to another user's access goes through: the user exists, it is not the
 * admin making the change (nobody locks themselves out by accident), and the change would not
 * leave Baton without an admin who can sign in.
 */
function guardAccessChange(tx: Queryable, input: { actorId: string; userId: string; removesAdmin: boolean }): UserRecord {
  const user = getUser(tx, input.userId);
  if (input.userId === input.actorId) throw new AppError("forbidden", "You cannot change your own role or access. Ask another admin.", { userId: input.userId });
  if (input.removesAdmin && user.role === "admin" && !user.disabled && otherActiveAdmins(tx, user.id) === 0) {
    throw new AppError("conflict", "This is the last admin who can sign in. Make someone else an admin first.", { userId: user.id });
  }
  return user;
}

/** Changes a user's role (returns the before and after); refuses to demote the last admin. */
export function changeUserRole(db: Queryable, input: { actorId: string; userId: string; role: Role; now?: Date }): { before: UserRecord; after: UserRecord } {
  return db.transaction((tx) => {
    const before = guardAccessChange(tx, { ...input, removesAdmin: input.role !== "admin" });
    tx.update(users).set({ role: input.role, updatedAt: input.now ?? new Date() }).where(eq(users.id, input.userId)).run();
    return { before, after: getUser(tx, input.userId) };
  });
}

/** Disables (signs out everywhere, refuses sign-in) or re-enables a user. */
export function setUserDisabled(db: Queryable, input: { actorId: string; userId: string; disabled: boolean; now?: Date }): UserRecord {
  return db.transaction((tx) => {
    guardAccessChange(tx, { ...input, removesAdmin: input.disabled });
    tx.update(users)
      .set({ banned: input.disabled, banReason: input.disabled ? "Disabled by an admin" : null, banExpires: null, updatedAt: input.now ?? new Date() })
      .where(eq(users.id, input.userId))
      .run();
    if (input.disabled) tx.delete(sessions).where(eq(sessions.userId, input.userId)).run();
    return getUser(tx, input.userId);
  });
}

/** Deletes a user with their sessions and credentials; API keys they made stay, unowned. */
export function deleteUser(db: Queryable, input: { actorId: string; userId: string }): UserRecord {
  return db.transaction((tx) => {
    const user = guardAccessChange(tx, { ...input, removesAdmin: true });
    tx.delete(users).where(eq(users.id, input.userId)).run();
    return user;
  });
}
