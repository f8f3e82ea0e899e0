import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { listVersions } from "@/db/queries/versions";
import { requireUser } from "@/lib/auth/require-user";
import { parseWith, route } from "@/lib/server/http";
import { flowIdParams } from "../../schemas";

export const dynamic = "force-dynamic";

/** The flow's published versions, newest first. Read-only: versions are created by publish and never change. */
export const GET = route(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  await requireUser(request, ["designer"]);
  const { id } = parseWith(flowIdParams, await context.params, "Invalid flow id");
  return NextResponse.json({ versions: listVersions(getDb(), id) });
});
