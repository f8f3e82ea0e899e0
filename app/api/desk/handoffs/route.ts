import { NextResponse } from "next/server";
import { deskRequest } from "@/lib/live/desk-request";
import { listDeskHandoffs } from "@/lib/live/desk-views";
import { parseWith, route } from "@/lib/server/http";
import { listQuery } from "../schemas";

export const dynamic = "force-dynamic";

/** `DeskHandoffsResponse`: open (queued + assigned) or closed handoffs of my queues. */
export const GET = route(async (request: Request) => {
  const { ctx, actor, user } = await deskRequest(request);
  const query = parseWith(listQuery, Object.fromEntries(new URL(request.url).searchParams), "Invalid query");
  return NextResponse.json(listDeskHandoffs(ctx, actor, query, user));
});
