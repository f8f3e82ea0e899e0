import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getVersion } from "@/db/queries/versions";
import { requireUser } from "@/lib/auth/require-user";
import { parseWith, route } from "@/lib/server/http";
import { versionParams } from "../schemas";

export const dynamic = "force-dynamic";

/** One published version with the document it froze. Read-only, like every version route. */
export const GET = route(async (request: Request, context: { params: Promise<{ id: string; version: string }> }) => {
  await requireUser(request, ["designer"]);
  const { id, version } = parseWith(versionParams, await context.params, "Invalid version");
  return NextResponse.json({ version: getVersion(getDb(), id, version) });
});
