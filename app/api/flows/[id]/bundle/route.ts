import { getDb } from "@/db/client";
import { getFlow } from "@/db/queries/flows";
import { getVersionBundle } from "@/db/queries/versions";
import { bundleFileName } from "@/lib/export/file-names";
import { authorizeBundleRequest } from "./authorize";
import { parseWith, route } from "@/lib/server/http";
import { flowIdParams } from "../../schemas";
import { bundleQuery } from "./schemas";

export const dynamic = "force-dynamic";

/**
 * The runtime bundle of a published version, for pipelines: `Authorization: Bearer <API key>` (or a
 * signed-in designer's session, for the editor's download button). The body is the bundle JSON
 * as published (one from before language packs gains the English pack); `ETag` is its hash, so
 * `If-None-Match` gets a 304 when nothing changed.
 */
export const GET = route(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const db = getDb();
  await authorizeBundleRequest(db, request);
  const { id } = parseWith(flowIdParams, await context.params, "Invalid flow id");
  const query = parseWith(bundleQuery, Object.fromEntries(new URL(request.url).searchParams), "Invalid query");
  const bundle = getVersionBundle(db, id, query.version);
  const etag = `"${bundle.etag}"`;
  const headers: Record<string, string> = {
    etag,
    "cache-control": "private, no-cache",
    "x-baton-flow-version": String(bundle.version),
  };
  if (ifNoneMatch(request, etag)) return new Response(null, { status: 304, headers });
  if (query.download === "1") {
    headers["content-disposition"] = `attachment; filename="${bundleFileName(getFlow(db, id).name, bundle.version)}"`;
  }
  return new Response(bundle.text, { headers: { ...headers, "content-type": "application/json; charset=utf-8" } });
});

function ifNoneMatch(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag || tag.trim() === "*");
}
