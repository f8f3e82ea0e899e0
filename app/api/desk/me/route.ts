import { NextResponse } from "next/server";
import { getAgent } from "@/db/queries/live/agents";
import { AppError } from "@/lib/errors";
import { deskRequest } from "@/lib/live/desk-request";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** `{ agent }`: my agent profile; 404 when I am not set up as an agent. */
export const GET = route(async (request: Request) => {
  const { ctx, user } = await deskRequest(request);
  const agent = getAgent(ctx.db, user.id);
  if (!agent) throw new AppError("not_found", "You are not set up as an agent yet. Ask an admin to add you in Settings → Agents.");
  return NextResponse.json({ agent });
});
