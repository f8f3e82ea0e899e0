import { NextResponse } from "next/server";
import { getWebhookRow, listDeliveries } from "@/db/queries/live/webhooks";
import { requireUser } from "@/lib/auth/require-user";
import { liveContext } from "@/lib/live/context";
import { parseWith, route } from "@/lib/server/http";
import { idParams } from "../../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The delivery log: every attempt, newest first (`{ deliveries }`). */
export const GET = route(async (request: Request, context: Context) => {
  await requireUser(request, ["admin"]);
  const { id } = parseWith(idParams, await context.params, "Invalid webhook id");
  const ctx = liveContext();
  getWebhookRow(ctx.db, id);
  return NextResponse.json({ deliveries: listDeliveries(ctx.db, id) });
});
