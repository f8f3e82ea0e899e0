import { NextResponse } from "next/server";
import { closeHandoff } from "@/lib/live/desk-actions";
import { deskRequest } from "@/lib/live/desk-request";
import { deskHandoffDetail } from "@/lib/live/desk-views";
import { parseWith, route } from "@/lib/server/http";
import { idParams, optionalJson, resolveBody } from "../../../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Ends the chat as resolved (the flow continues on the Handoff node's `resolved` port). */
export const POST = route(async (request: Request, context: Context) => {
  const { ctx, actor } = await deskRequest(request);
  const { id } = parseWith(idParams, await context.params, "Invalid handoff id");
  const body = parseWith(resolveBody, await optionalJson(request), "The request body is not valid");
  await closeHandoff(ctx, actor, id, body.note === undefined ? { type: "resolve" } : { type: "resolve", note: body.note });
  return NextResponse.json({ handoff: deskHandoffDetail(ctx, actor, id) });
});
