import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { handoffSamples } from "@/db/queries/analytics/samples";
import { route } from "@/lib/server/http";
import { samplesCsv } from "../csv-tables";
import { csvResponse, readAnalyticsRequest } from "../read-request";
import { samplesQuery } from "../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Transcripts of recent conversations whose handoff fired at `nodeId`. */
export const GET = route(async (request: Request, context: Context) => {
  const { flowName, filter, query } = await readAnalyticsRequest(request, context.params, samplesQuery);
  const samples = handoffSamples(getDb(), filter, query.nodeId, query.limit);
  if (query.format === "csv") {
    const { columns, rows } = samplesCsv(samples);
    return csvResponse(`${flowName}-${query.nodeId}-samples`, filter, columns, rows);
  }
  return NextResponse.json({ samples });
});
