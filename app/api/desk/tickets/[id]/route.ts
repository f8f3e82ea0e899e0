import { NextResponse } from "next/server";
import { setTicketStatus } from "@/db/queries/live/references";
import { deskRequest } from "@/lib/live/desk-request";
import { parseWith, readJson, route } from "@/lib/server/http";
import { idParams, ticketStatusBody } from "../../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Changes a ticket's status: `{ ticket }`. */
export const PATCH = route(async (request: Request, context: Context) => {
  const { ctx } = await deskRequest(request);
  const { id } = parseWith(idParams, await context.params, "Invalid ticket id");
  const { status } = await readJson(request, ticketStatusBody);
  return NextResponse.json({ ticket: setTicketStatus(ctx.db, id, status, new Date(ctx.now())) });
});
