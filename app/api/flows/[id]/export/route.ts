import { getDb } from "@/db/client";
import { getFlow } from "@/db/queries/flows";
import { listTestCases } from "@/db/queries/test-cases";
import { getVersion, getVersionBundle } from "@/db/queries/versions";
import { AppError } from "@/lib/errors";
import { buildExportZip } from "@/lib/export/build-export-zip";
import { readRuntimeFiles } from "@/lib/export/runtime-files";
import { parseWith, route } from "@/lib/server/http";
import { flowIdParams } from "../../schemas";
import { authorizeBundleRequest } from "../bundle/authorize";
import { exportQuery } from "./schemas";

export const dynamic = "force-dynamic";

/**
 * Downloads a published version as a zip: bundle, runtime + types, CLI, the flow's test cases and
 * a README (see lib/export/build-export-zip.ts). A signed-in designer or an API key. 503 when the
 * runtime has not been built on this server.
 */
export const GET = route(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const db = getDb();
  await authorizeBundleRequest(db, request);
  const { id } = parseWith(flowIdParams, await context.params, "Invalid flow id");
  const query = parseWith(exportQuery, Object.fromEntries(new URL(request.url).searchParams), "Invalid query");
  const flow = getFlow(db, id);
  const bundle = getVersionBundle(db, id, query.version);
  const version = getVersion(db, id, bundle.version);
  const runtime = await readRuntimeFiles();
  if ("missing" in runtime) {
    throw new AppError(
      "runtime_not_built",
      "The runtime has not been built on this server, so it cannot be exported. Run `npm run build:runtime` (or `npm run build`) and try again.",
      { missing: runtime.missing },
    );
  }
  const zip = buildExportZip({
    flowId: id,
    flowName: version.document.name || flow.name,
    version: bundle.version,
    bundleText: bundle.text,
    bundleHash: bundle.hash,
    runtime: runtime.files,
    testCases: listTestCases(db, id).map((record) => record.testCase),
    origin: new URL(request.url).origin,
    modified: new Date(version.createdAt),
  });
  return new Response(Buffer.from(zip.bytes), {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${zip.fileName}"`,
      "cache-control": "private, no-store",
    },
  });
});
