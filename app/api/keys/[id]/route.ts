import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { revokeApiKey } from "@/db/queries/api-keys";
import { requireUser } from "@/lib/auth/require-user";
import { idParams } from "@/lib/auth/schemas";
import { recordAudit } from "@/lib/server/audit";
import { parseWith, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Revokes the key: requests using it are refused from now on. */
export const DELETE = route(async (request: Request, context: Context) => {
  const me = await requireUser(request, ["admin"]);
  const { id } = parseWith(idParams, await context.params, "Invalid API key id");
  const db = getDb();
  const apiKey = db.transaction((tx) => {
    const revoked = revokeApiKey(tx, id);
    recordAudit(tx, { actor: me, action: "api_key.revoked", target: revoked.name, details: { apiKeyId: id, prefix: revoked.prefix } });
    return revoked;
  });
  return NextResponse.json({ apiKey });
});
