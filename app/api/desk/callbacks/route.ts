import { NextResponse } from "next/server";
import { listCallbacks } from "@/db/queries/live/references";
import { deskRequest } from "@/lib/live/desk-request";
import { parseWith, route } from "@/lib/server/http";
import { callbackListQuery } from "../schemas";

export const dynamic = "force-dynamic";

/** `{ callbacks }` by slot time, optionally by status; agents see their queues' callbacks. */
export const GET = route(async (request: Request) => {
  const { ctx, actor } = await deskRequest(request);
  const { status } = parseWith(callbackListQuery, Object.fromEntries(new URL(request.url).searchParams), "Invalid query");
  const callbacks = listCallbacks(ctx.db, status).filter((callback) => actor.queues === null || actor.queues.includes(callback.queue));
  return NextResponse.json({ callbacks });
});
