import { getDb } from "@/db/client";
import { NextResponse } from "next/server";
import { deleteWebhook, toLiveWebhook, updateWebhook } from "@/db/queries/live/webhooks";
import { requireUser } from "@/lib/auth/require-user";
import { recordAudit } from "@/lib/server/audit";
import { liveContext } from "@/lib/live/context";
import { parseWith, readJson, route } from "@/lib/server/http";
import { idParams, webhookUpdateBody } from "../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Updates a webhook; leave `secret` out to keep the current one. */
export const PUT = route(async (request: Request, context: Context) => {
  const me = await requireUser(request, ["admin"]);
  const { id } = parseWith(idParams, await context.params, "Invalid webhook id");
  const input = await readJson(request, webhookUpdateBody);
  const ctx = liveContext();
  const response = NextResponse.json({ webhook: toLiveWebhook(updateWebhook(ctx.db, id, input, new Date(ctx.now()))) });
  // Settings changes are audited (who changed which webhook, when).
  recordAudit(getDb(), { actor: me, action: "settings.changed", target: "webhooks PUT", details: { id } });
  return response;
});

export const DELETE = route(async (request: Request, context: Context) => {
  const me = await requireUser(request, ["admin"]);
  const { id } = parseWith(idParams, await context.params, "Invalid webhook id");
  deleteWebhook(liveContext().db, id);
  const response = NextResponse.json({ ok: true });
  // Settings changes are audited (who changed which webhook, when).
  recordAudit(getDb(), { actor: me, action: "settings.changed", target: "webhooks DELETE", details: { id } });
  return response;
});
