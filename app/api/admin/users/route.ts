import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getUser, listUsers } from "@/db/queries/users";
import { remainingDemoUsers } from "@/db/seed-users";
import { authForRequest } from "@/lib/auth/auth-instance";
import { createUserAccount } from "@/lib/auth/create-user";
import { requireUser } from "@/lib/auth/require-user";
import { createUserBody } from "@/lib/auth/schemas";
import { recordAudit } from "@/lib/server/audit";
import { readJson, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  const me = await requireUser(request, ["admin"]);
  const db = getDb();
  return NextResponse.json({ users: listUsers(db), me: me.id, demoUsers: remainingDemoUsers(db) });
});

/** An admin creates a user with a role and a first password (to hand over; they can change it). */
export const POST = route(async (request: Request) => {
  const me = await requireUser(request, ["admin"]);
  const body = await readJson(request, createUserBody);
  const db = getDb();
  const created = await createUserAccount(authForRequest(request), body);
  recordAudit(db, { actor: me, action: "user.created", target: created.email, details: { userId: created.id, role: body.role } });
  return NextResponse.json({ user: getUser(db, created.id) }, { status: 201 });
});
