import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { publishVersion } from "@/db/queries/versions";
import { requireUser } from "@/lib/auth/require-user";
import { recordAudit } from "@/lib/server/audit";
import { parseWith, readJson, route } from "@/lib/server/http";
import { flowIdParams } from "../../schemas";
import { publishBody } from "./schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * Publishes the current draft as the next version: 201 `{ version }`. 409 when `revision` is
 * stale, 422 `validation_failed` with `details.problems` while the flow has errors.
 */
export const POST = route(async (request: Request, context: Context) => {
  const user = await requireUser(request, ["designer"]);
  const { id } = parseWith(flowIdParams, await context.params, "Invalid flow id");
  const body = await readJson(request, publishBody);
  const version = publishVersion(getDb(), id, { revision: body.revision, note: body.note, author: { id: user.id, name: user.name, email: user.email } });
  recordAudit(getDb(), { actor: user, action: "flow.published", target: id, details: { version: version.version, hash: version.bundleHash } });
  return NextResponse.json({ version }, { status: 201 });
});
