import { getDb } from "@/db/client";
import { getFlow } from "@/db/queries/flows";
import { requireUser } from "@/lib/auth/require-user";
import { parseWith, route } from "@/lib/server/http";
import { flowIdParams } from "../../schemas";

export const dynamic = "force-dynamic";

/** Downloads the draft document as `<name>.baton-flow.json` (importable with POST /api/flows/import). */
export const GET = route(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  await requireUser(request, ["designer"]);
  const { id } = parseWith(flowIdParams, await context.params, "Invalid flow id");
  const flow = getFlow(getDb(), id);
  const filename = `${flow.name.replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "") || "flow"}.baton-flow.json`;
  return new Response(`${JSON.stringify(flow.document, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
    },
  });
});
