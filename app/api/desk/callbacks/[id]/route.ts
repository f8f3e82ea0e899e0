import { NextResponse } from "next/server";
import { setCallbackStatus } from "@/db/queries/live/references";
import { deskRequest } from "@/lib/live/desk-request";
import { parseWith, readJson, route } from "@/lib/server/http";
import { callbackStatusBody, idParams } from "../../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Changes a callback's status: `{ callback }`. */
export const PATCH = route(async (request: Request, context: Context) => {
  const { ctx } = await deskRequest(request);
  const { id } = parseWith(idParams, await context.params, "Invalid callback id");
  const { status } = await readJson(request, callbackStatusBody);
  return NextResponse.json({ callback: setCallbackStatus(ctx.db, id, status, new Date(ctx.now())) });
});
