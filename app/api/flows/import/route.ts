import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { createFlow } from "@/db/queries/flows";
import { requireUser } from "@/lib/auth/require-user";
import { parseImportedDocument } from "@/lib/server/import-document";
import { readJsonValue, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/**
 * Imports a flow document file (the body is the file's JSON). Older schema versions are migrated;
 * every problem is reported with its JSON path so the designer can fix the file.
 */
export const POST = route(async (request: Request) => {
  await requireUser(request, ["designer"]);
  const document = parseImportedDocument(await readJsonValue(request));
  const flow = createFlow(getDb(), { name: document.name, document });
  return NextResponse.json({ flow }, { status: 201 });
});
