import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { listAuditEntries } from "@/db/queries/audit";
import { requireUser } from "@/lib/auth/require-user";
import { auditQuery } from "@/lib/auth/schemas";
import { parseWith, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  await requireUser(request, ["admin"]);
  const query = parseWith(auditQuery, Object.fromEntries(new URL(request.url).searchParams), "Invalid query");
  return NextResponse.json({ entries: listAuditEntries(getDb(), query) });
});
