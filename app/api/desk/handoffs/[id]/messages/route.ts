import { NextResponse } from "next/server";
import { sendAgentMessage } from "@/lib/live/desk-actions";
import { deskRequest } from "@/lib/live/desk-request";
import { parseWith, readJson, route } from "@/lib/server/http";
import { idParams, messageBody } from "../../../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The assigned agent's message to the user: `{ message }`. */
export const POST = route(async (request: Request, context: Context) => {
  const { ctx, actor } = await deskRequest(request);
  const { id } = parseWith(idParams, await context.params, "Invalid handoff id");
  const { text } = await readJson(request, messageBody);
  return NextResponse.json({ message: await sendAgentMessage(ctx, actor, id, text) });
});
