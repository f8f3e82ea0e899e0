import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { deleteFlow, getFlow, updateFlow } from "@/db/queries/flows";
import { requireUser } from "@/lib/auth/require-user";
import { parseWith, readJson, route } from "@/lib/server/http";
import { flowIdParams, updateFlowBody } from "../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (request: Request, context: Context) => {
  await requireUser(request, ["designer"]);
  const { id } = parseWith(flowIdParams, await context.params, "Invalid flow id");
  return NextResponse.json({ flow: getFlow(getDb(), id) });
});

export const PUT = route(async (request: Request, context: Context) => {
  await requireUser(request, ["designer"]);
  const { id } = parseWith(flowIdParams, await context.params, "Invalid flow id");
  const body = await readJson(request, updateFlowBody);
  return NextResponse.json({ flow: updateFlow(getDb(), id, body) });
});

export const DELETE = route(async (request: Request, context: Context) => {
  await requireUser(request, ["designer"]);
  const { id } = parseWith(flowIdParams, await context.params, "Invalid flow id");
  return NextResponse.json({ flow: deleteFlow(getDb(), id) });
});
