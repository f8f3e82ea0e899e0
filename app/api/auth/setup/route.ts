import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { authForRequest, trustProxy } from "@/lib/auth/auth-instance";
import { setupBody } from "@/lib/auth/schemas";
import { createFirstAdmin } from "@/lib/auth/setup";
import { assertSameOrigin } from "@/lib/server/csrf";
import { readJson, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** Creates the first admin on a brand-new Baton; 404 once anyone exists. The page then signs in. */
export const POST = route(async (request: Request) => {
  assertSameOrigin(request, { trustProxy: trustProxy() });
  const body = await readJson(request, setupBody);
  const user = await createFirstAdmin(getDb(), authForRequest(request), body);
  return NextResponse.json({ user: { id: user.id, email: user.email } }, { status: 201 });
});
