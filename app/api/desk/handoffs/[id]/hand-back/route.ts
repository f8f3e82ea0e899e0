import { NextResponse } from "next/server";
import { closeHandoff } from "@/lib/live/desk-actions";
import { deskRequest } from "@/lib/live/desk-request";
import { deskHandoffDetail } from "@/lib/live/desk-views";
import { parseWith, readJson, route } from "@/lib/server/http";
import { handBackBody, idParams } from "../../../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Gives the user back to the bot with a note (`{{handoff_note}}`, the `handed_back` port). */
export const POST = route(async (request: Request, context: Context) => {
  const { ctx, actor } = await deskRequest(request);
  const { id } = parseWith(idParams, await context.params, "Invalid handoff id");
  const { note } = await readJson(request, handBackBody);
  await closeHandoff(ctx, actor, id, { type: "hand_back", note });
  return NextResponse.json({ handoff: deskHandoffDetail(ctx, actor, id) });
});
