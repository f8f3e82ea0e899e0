import { z } from "zod";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD").refine((value) => !Number.isNaN(Date.parse(value)), "Not a date");

/** The tables of the dashboard that `?format=csv&table=` exports. */
export const dashboardTables = ["kpis", "trend", "triggers", "nodes", "funnel", "versions"] as const;
export type DashboardTable = (typeof dashboardTables)[number];

/**
 * Query of every analytics endpoint: a range preset (or custom `from`/`to` days, inclusive), an
 * optional flow version (0 = draft), and json (default) or csv.
 */
export const analyticsQuery = z.object({
  range: z.enum(["7d", "30d", "90d", "custom"]).default("30d"),
  from: day.optional(),
  to: day.optional(),
  version: z.coerce.number().int().min(0).optional(),
  format: z.enum(["json", "csv"]).default("json"),
});

/** GET /api/flows/:id/analytics — `table` picks what a CSV export contains. */
export const dashboardQuery = analyticsQuery.extend({ table: z.enum(dashboardTables).default("nodes") });

/** GET /api/flows/:id/analytics/samples */
export const samplesQuery = analyticsQuery.extend({ nodeId: z.string().min(1).max(200), limit: z.coerce.number().int().min(1).max(20).default(5) });
