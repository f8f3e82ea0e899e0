import { NextResponse } from "next/server";
import { transferHandoff } from "@/lib/live/desk-actions";
import { deskRequest } from "@/lib/live/desk-request";
import { deskHandoffDetail } from "@/lib/live/desk-views";
import { parseWith, readJson, route } from "@/lib/server/http";
import { idParams, transferBody } from "../../../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Moves the handoff to another queue's line. */
export const POST = route(async (request: Request, context: Context) => {
  const { ctx, actor } = await deskRequest(request);
  const { id } = parseWith(idParams, await context.params, "Invalid handoff id");
  const { queue, note } = await readJson(request, transferBody);
  await transferHandoff(ctx, actor, id, queue, note);
  return NextResponse.json({ handoff: deskHandoffDetail(ctx, { ...actor, queues: null }, id) });
});
