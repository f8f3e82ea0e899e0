import { NextResponse } from "next/server";
import { deleteWebhook, toLiveWebhook, updateWebhook } from "@/db/queries/live/webhooks";
import { requireUser } from "@/lib/auth/require-user";
import { liveContext } from "@/lib/live/context";
import { parseWith, readJson, route } from "@/lib/server/http";
import { idParams, webhookUpdateBody } from "../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Updates a webhook; leave `secret` out to keep the current one. */
export const PUT = route(async (request: Request, context: Context) => {
  await requireUser(request, ["admin"]);
  const { id } = parseWith(idParams, await context.params, "Invalid webhook id");
  const input = await readJson(request, webhookUpdateBody);
  const ctx = liveContext();
  return NextResponse.json({ webhook: toLiveWebhook(updateWebhook(ctx.db, id, input, new Date(ctx.now()))) });
});

export const DELETE = route(async (request: Request, context: Context) => {
  await requireUser(request, ["admin"]);
  const { id } = parseWith(idParams, await context.params, "Invalid webhook id");
  deleteWebhook(liveContext().db, id);
  return NextResponse.json({ ok: true });
});
