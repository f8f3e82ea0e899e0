import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { changeUserRole, deleteUser, getUser, setUserDisabled } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/require-user";
import { idParams, updateUserBody } from "@/lib/auth/schemas";
import { recordAudit } from "@/lib/server/audit";
import { parseWith, readJson, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Changes a user's role and/or disables them; each change is checked and audited on its own. */
export const PATCH = route(async (request: Request, context: Context) => {
  const me = await requireUser(request, ["admin"]);
  const { id } = parseWith(idParams, await context.params, "Invalid user id");
  const body = await readJson(request, updateUserBody);
  const db = getDb();
  if (body.role !== undefined) {
    const { before, after } = changeUserRole(db, { actorId: me.id, userId: id, role: body.role });
    if (before.role !== after.role) recordAudit(db, { actor: me, action: "user.role_changed", target: after.email, details: { userId: id, from: before.role, to: after.role } });
  }
  if (body.disabled !== undefined) {
    const user = setUserDisabled(db, { actorId: me.id, userId: id, disabled: body.disabled });
    recordAudit(db, { actor: me, action: body.disabled ? "user.disabled" : "user.enabled", target: user.email, details: { userId: id } });
  }
  return NextResponse.json({ user: getUser(db, id) });
});

export const DELETE = route(async (request: Request, context: Context) => {
  const me = await requireUser(request, ["admin"]);
  const { id } = parseWith(idParams, await context.params, "Invalid user id");
  const db = getDb();
  const user = deleteUser(db, { actorId: me.id, userId: id });
  recordAudit(db, { actor: me, action: "user.deleted", target: user.email, details: { userId: id, role: user.role } });
  return NextResponse.json({ user });
});
