import type { z } from "zod";
import { getDb } from "@/db/client";
import type { AnalyticsFilter } from "@/db/queries/analytics/filter";
import { getFlow } from "@/db/queries/flows";
import { requireUser } from "@/lib/auth/require-user";
import { resolveRange } from "@/lib/analytics/date-range";
import { toCsv, type CsvColumn } from "@/lib/analytics/csv";
import { parseWith } from "@/lib/server/http";
import { flowIdParams } from "../../schemas";
import type { analyticsQuery } from "./schemas";

/**
 * The common start of every analytics handler: a designer (or admin) is signed in, the flow
 * exists (404 otherwise), and the query parses; returns the flow's filter and the parsed query.
 */
export async function readAnalyticsRequest<Schema extends typeof analyticsQuery>(
  request: Request,
  params: Promise<{ id: string }>,
  schema: Schema,
): Promise<{ flowId: string; flowName: string; filter: AnalyticsFilter; query: z.output<Schema> }> {
  await requireUser(request, ["designer"]);
  const { id } = parseWith(flowIdParams, await params, "Invalid flow id");
  const query = parseWith(schema, Object.fromEntries(new URL(request.url).searchParams), "Invalid analytics query");
  const flow = getFlow(getDb(), id);
  const range = resolveRange(query.range, Date.now(), { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) });
  return { flowId: id, flowName: flow.name, filter: { flowId: id, ...range, version: query.version ?? null }, query };
}

/** A CSV download named after the flow, the table and the range. */
export function csvResponse<Row>(name: string, filter: AnalyticsFilter, columns: readonly CsvColumn<Row>[], rows: readonly Row[]): Response {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const file = `${name}-${day(filter.from)}-${day(filter.to - 1)}.csv`.replace(/[^\w.-]+/g, "-");
  return new Response(toCsv(columns, rows), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${file}"`, "cache-control": "no-store" },
  });
}
