import { NextResponse } from "next/server";
import { deskRequest } from "@/lib/live/desk-request";
import { updatePresence } from "@/lib/live/desk-views";
import { readJson, route } from "@/lib/server/http";
import { presenceBody } from "../schemas";

export const dynamic = "force-dynamic";

/** Stores my presence (online/away/offline) and stamps last seen: `{ agent }`. */
export const PUT = route(async (request: Request) => {
  const { ctx, user } = await deskRequest(request);
  const { presence } = await readJson(request, presenceBody);
  return NextResponse.json({ agent: updatePresence(ctx, user.id, presence) });
});
