import { NextResponse } from "next/server";
import { deleteAgent } from "@/db/queries/live/agents";
import { requireUser } from "@/lib/auth/require-user";
import { liveContext } from "@/lib/live/context";
import { parseWith, route } from "@/lib/server/http";
import { idParams } from "../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Removes the agent profile of user `id` (the user account stays). */
export const DELETE = route(async (request: Request, context: Context) => {
  await requireUser(request, ["admin"]);
  const { id } = parseWith(idParams, await context.params, "Invalid user id");
  deleteAgent(liveContext().db, id);
  return NextResponse.json({ ok: true });
});
