import type { AnalyticsDashboard } from "@/lib/analytics/dashboard-types";
import type { Db } from "../../open";
import type { AnalyticsFilter } from "./filter";
import { handoffFunnel } from "./funnel";
import { analyticsKpis, handoffsByTrigger } from "./kpis";
import { analyticsByNode } from "./nodes";
import { analyticsTrend } from "./trend";
import { analyticsByVersion } from "./versions";

/** Runs the dashboard's queries in one read transaction, so every number is from the same snapshot. */
export function analyticsDashboard(db: Db, filter: AnalyticsFilter): AnalyticsDashboard {
  return db.transaction(() => ({
    kpis: analyticsKpis(db, filter),
    trend: analyticsTrend(db, filter),
    byTrigger: handoffsByTrigger(db, filter),
    byNode: analyticsByNode(db, filter),
    funnel: handoffFunnel(db, filter),
    versions: analyticsByVersion(db, filter),
  }), { behavior: "deferred" });
}

