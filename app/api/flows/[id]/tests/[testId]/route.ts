import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { deleteTestCase, updateTestCase } from "@/db/queries/test-cases";
import { requireUser } from "@/lib/auth/require-user";
import { parseWith, readJson, route } from "@/lib/server/http";
import { flowTestParams, testCaseBody } from "../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; testId: string }> };

/** Replaces a stored test case (rename, re-record). */
export const PUT = route(async (request: Request, context: Context) => {
  await requireUser(request, ["designer"]);
  const { id, testId } = parseWith(flowTestParams, await context.params, "Invalid flow or test id");
  const body = await readJson(request, testCaseBody);
  return NextResponse.json({ test: updateTestCase(getDb(), id, testId, body.testCase) });
});

export const DELETE = route(async (request: Request, context: Context) => {
  await requireUser(request, ["designer"]);
  const { id, testId } = parseWith(flowTestParams, await context.params, "Invalid flow or test id");
  return NextResponse.json({ test: deleteTestCase(getDb(), id, testId) });
});
