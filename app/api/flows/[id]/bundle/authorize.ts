import type { Queryable } from "@/db/open";
import { verifyApiKey } from "@/db/queries/api-keys";
import { AppError } from "@/lib/errors";
import { assertRole } from "@/lib/auth/require-user";
import { getSessionUser } from "@/lib/auth/get-session-user";

/**
 * Lets a bundle request through with a valid API key (`Authorization: Bearer <key>` or
 * `X-Api-Key`), or — without any key — a signed-in designer's session (the editor's download).
 * A key that is present but unknown or revoked is refused outright (401): it never falls back to
 * the session, so a pipeline with a dead key fails loudly.
 */
export async function authorizeBundleRequest(db: Queryable, request: Request): Promise<void> {
  const header = request.headers.get("authorization") ?? request.headers.get("x-api-key");
  if (header) {
    if (verifyApiKey(db, header)) return;
    throw new AppError("unauthorized", "This API key is not valid (unknown or revoked). Create one in Settings → API keys.");
  }
  const user = await getSessionUser(request.headers);
  if (!user) throw new AppError("unauthorized", "Send an API key: Authorization: Bearer <key> (Settings → API keys).");
  assertRole(user, ["designer"]);
}
