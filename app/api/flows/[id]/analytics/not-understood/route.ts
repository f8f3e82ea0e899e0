import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { notUnderstood } from "@/db/queries/analytics/not-understood";
import { route } from "@/lib/server/http";
import { phrasesCsv } from "../csv-tables";
import { csvResponse, readAnalyticsRequest } from "../read-request";
import { analyticsQuery } from "../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** What the bot did not understand: the users' messages at no-matches, grouped by similarity. */
export const GET = route(async (request: Request, context: Context) => {
  const { flowName, filter, query } = await readAnalyticsRequest(request, context.params, analyticsQuery);
  const groups = notUnderstood(getDb(), filter);
  if (query.format === "csv") {
    const { columns, rows } = phrasesCsv(groups);
    return csvResponse(`${flowName}-not-understood`, filter, columns, rows);
  }
  return NextResponse.json({ groups });
});
