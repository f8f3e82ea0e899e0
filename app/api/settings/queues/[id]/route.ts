import { getDb } from "@/db/client";
import { NextResponse } from "next/server";
import { deleteQueue, updateQueue } from "@/db/queries/live/queues";
import { requireUser } from "@/lib/auth/require-user";
import { recordAudit } from "@/lib/server/audit";
import { queueInputSchema } from "@/lib/handoff/queue-config";
import { liveContext } from "@/lib/live/context";
import { toLiveQueue } from "@/lib/live/settings-views";
import { parseWith, readJson, route } from "@/lib/server/http";
import { idParams } from "../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const PUT = route(async (request: Request, context: Context) => {
  const me = await requireUser(request, ["admin"]);
  const { id } = parseWith(idParams, await context.params, "Invalid queue id");
  const input = await readJson(request, queueInputSchema);
  const ctx = liveContext();
  const response = NextResponse.json({ queue: toLiveQueue(ctx.db, updateQueue(ctx.db, id, input, new Date(ctx.now())), ctx.now()) });
  // Settings changes are audited (who changed which queue, when).
  recordAudit(getDb(), { actor: me, action: "settings.changed", target: "queues PUT", details: { id } });
  return response;
});

export const DELETE = route(async (request: Request, context: Context) => {
  const me = await requireUser(request, ["admin"]);
  const { id } = parseWith(idParams, await context.params, "Invalid queue id");
  deleteQueue(liveContext().db, id);
  const response = NextResponse.json({ ok: true });
  // Settings changes are audited (who changed which queue, when).
  recordAudit(getDb(), { actor: me, action: "settings.changed", target: "queues DELETE", details: { id } });
  return response;
});
