import { NextResponse } from "next/server";
import { acceptHandoff } from "@/lib/live/desk-actions";
import { deskRequest } from "@/lib/live/desk-request";
import { deskHandoffDetail } from "@/lib/live/desk-views";
import { parseWith, route } from "@/lib/server/http";
import { idParams } from "../../../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Takes a waiting handoff: `{ handoff }`, or 409 `conflict` "Already taken by X." */
export const POST = route(async (request: Request, context: Context) => {
  const { ctx, actor } = await deskRequest(request);
  const { id } = parseWith(idParams, await context.params, "Invalid handoff id");
  await acceptHandoff(ctx, actor, id);
  return NextResponse.json({ handoff: deskHandoffDetail(ctx, actor, id) });
});
