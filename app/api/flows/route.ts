import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { createFlow, listFlows } from "@/db/queries/flows";
import { requireUser } from "@/lib/auth/require-user";
import { newFlowDocument } from "@/lib/flow";
import { parseWith, readJson, route } from "@/lib/server/http";
import { createFlowBody, listFlowsQuery } from "./schemas";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  await requireUser(request, ["designer"]);
  const query = parseWith(listFlowsQuery, Object.fromEntries(new URL(request.url).searchParams), "Invalid query");
  return NextResponse.json({ flows: listFlows(getDb(), { deleted: query.deleted === "1" }) });
});

export const POST = route(async (request: Request) => {
  await requireUser(request, ["designer"]);
  const body = await readJson(request, createFlowBody);
  const flow = createFlow(getDb(), { name: body.name, document: body.document ?? newFlowDocument(body.name) });
  return NextResponse.json({ flow }, { status: 201 });
});
