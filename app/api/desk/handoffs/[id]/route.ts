import { NextResponse } from "next/server";
import { deskRequest } from "@/lib/live/desk-request";
import { deskHandoffDetail } from "@/lib/live/desk-views";
import { parseWith, route } from "@/lib/server/http";
import { idParams } from "../../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** `{ handoff: DeskHandoffDetail }`: context card and the whole transcript. */
export const GET = route(async (request: Request, context: Context) => {
  const { ctx, actor } = await deskRequest(request);
  const { id } = parseWith(idParams, await context.params, "Invalid handoff id");
  return NextResponse.json({ handoff: deskHandoffDetail(ctx, actor, id) });
});
