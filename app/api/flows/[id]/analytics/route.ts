import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { analyticsDashboard } from "@/db/queries/analytics/dashboard";
import { route } from "@/lib/server/http";
import { dashboardCsv } from "./csv-tables";
import { csvResponse, readAnalyticsRequest } from "./read-request";
import { dashboardQuery } from "./schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The flow's handoff dashboard: KPIs, trend, triggers, nodes, funnel, versions (or one of them as CSV). */
export const GET = route(async (request: Request, context: Context) => {
  const { flowName, filter, query } = await readAnalyticsRequest(request, context.params, dashboardQuery);
  const dashboard = analyticsDashboard(getDb(), filter);
  if (query.format === "csv") {
    const { columns, rows } = dashboardCsv(dashboard, query.table);
    return csvResponse(`${flowName}-${query.table}`, filter, columns, rows);
  }
  return NextResponse.json({ range: { from: filter.from, to: filter.to }, version: filter.version, ...dashboard });
});
