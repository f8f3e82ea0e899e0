import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** Liveness plus a trivial query, so "ok" means the database answers too. */
export const GET = route(async () => {
  getDb().$client.prepare("select 1").get();
  return NextResponse.json({ ok: true });
});
