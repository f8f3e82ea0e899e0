import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { createTestCase, listTestCases } from "@/db/queries/test-cases";
import { requireUser } from "@/lib/auth/require-user";
import { parseWith, readJson, route } from "@/lib/server/http";
import { flowIdParams } from "../../schemas";
import { testCaseBody } from "./schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The flow's stored conversation test cases. */
export const GET = route(async (request: Request, context: Context) => {
  await requireUser(request, ["designer"]);
  const { id } = parseWith(flowIdParams, await context.params, "Invalid flow id");
  return NextResponse.json({ tests: listTestCases(getDb(), id) });
});

/** Stores a test case (saved from the preview) with the flow. */
export const POST = route(async (request: Request, context: Context) => {
  await requireUser(request, ["designer"]);
  const { id } = parseWith(flowIdParams, await context.params, "Invalid flow id");
  const body = await readJson(request, testCaseBody);
  return NextResponse.json({ test: createTestCase(getDb(), id, body.testCase) }, { status: 201 });
});
