import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { duplicateFlow } from "@/db/queries/flows";
import { requireUser } from "@/lib/auth/require-user";
import { parseWith, route } from "@/lib/server/http";
import { flowIdParams } from "../../schemas";

export const dynamic = "force-dynamic";

export const POST = route(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  await requireUser(request, ["designer"]);
  const { id } = parseWith(flowIdParams, await context.params, "Invalid flow id");
  return NextResponse.json({ flow: duplicateFlow(getDb(), id) }, { status: 201 });
});
