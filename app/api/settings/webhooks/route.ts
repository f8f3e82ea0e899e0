import { getDb } from "@/db/client";
import { NextResponse } from "next/server";
import { createWebhook, listWebhookRows, toLiveWebhook } from "@/db/queries/live/webhooks";
import { requireUser } from "@/lib/auth/require-user";
import { recordAudit } from "@/lib/server/audit";
import { liveContext } from "@/lib/live/context";
import { readJson, route } from "@/lib/server/http";
import { webhookBody } from "./schemas";

export const dynamic = "force-dynamic";

/** `{ webhooks }` (secrets masked). */
export const GET = route(async (request: Request) => {
  await requireUser(request, ["admin"]);
  return NextResponse.json({ webhooks: listWebhookRows(liveContext().db).map(toLiveWebhook) });
});

export const POST = route(async (request: Request) => {
  const me = await requireUser(request, ["admin"]);
  const input = await readJson(request, webhookBody);
  const ctx = liveContext();
  const response = NextResponse.json({ webhook: toLiveWebhook(createWebhook(ctx.db, input, new Date(ctx.now()))) }, { status: 201 });
  // Settings changes are audited (who changed which webhook, when).
  recordAudit(getDb(), { actor: me, action: "settings.changed", target: "webhooks POST", details: {} });
  return response;
});
