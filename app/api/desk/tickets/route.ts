import { NextResponse } from "next/server";
import { listTickets } from "@/db/queries/live/references";
import { deskRequest } from "@/lib/live/desk-request";
import { parseWith, route } from "@/lib/server/http";
import { ticketListQuery } from "../schemas";

export const dynamic = "force-dynamic";

/** `{ tickets }`, newest first, optionally by status; agents see their queues' tickets. */
export const GET = route(async (request: Request) => {
  const { ctx, actor } = await deskRequest(request);
  const { status } = parseWith(ticketListQuery, Object.fromEntries(new URL(request.url).searchParams), "Invalid query");
  const tickets = listTickets(ctx.db, status).filter((ticket) => actor.queues === null || actor.queues.includes(ticket.queue));
  return NextResponse.json({ tickets });
});
