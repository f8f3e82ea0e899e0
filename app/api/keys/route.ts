import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { createApiKey, listApiKeys } from "@/db/queries/api-keys";
import { requireUser } from "@/lib/auth/require-user";
import { createApiKeyBody } from "@/lib/auth/schemas";
import { recordAudit } from "@/lib/server/audit";
import { readJson, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  await requireUser(request, ["admin"]);
  return NextResponse.json({ apiKeys: listApiKeys(getDb()) });
});

/** Answers with the key itself this once; only its hash is stored. */
export const POST = route(async (request: Request) => {
  const me = await requireUser(request, ["admin"]);
  const body = await readJson(request, createApiKeyBody);
  const db = getDb();
  const { key, apiKey } = db.transaction((tx) => {
    const made = createApiKey(tx, { name: body.name, createdBy: me.id });
    recordAudit(tx, { actor: me, action: "api_key.created", target: made.apiKey.name, details: { apiKeyId: made.apiKey.id, prefix: made.apiKey.prefix } });
    return made;
  });
  return NextResponse.json({ key, apiKey }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
