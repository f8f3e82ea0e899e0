import { getDb } from "@/db/client";
import { NextResponse } from "next/server";
import { deleteAgent } from "@/db/queries/live/agents";
import { requireUser } from "@/lib/auth/require-user";
import { recordAudit } from "@/lib/server/audit";
import { liveContext } from "@/lib/live/context";
import { parseWith, route } from "@/lib/server/http";
import { idParams } from "../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Removes the agent profile of user `id` (the user account stays). */
export const DELETE = route(async (request: Request, context: Context) => {
  const me = await requireUser(request, ["admin"]);
  const { id } = parseWith(idParams, await context.params, "Invalid user id");
  deleteAgent(liveContext().db, id);
  const response = NextResponse.json({ ok: true });
  // Settings changes are audited (who changed which agent, when).
  recordAudit(getDb(), { actor: me, action: "settings.changed", target: "agents DELETE", details: { id } });
  return response;
});
