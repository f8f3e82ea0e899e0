import { and, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { analyticsEvents } from "../../analytics-schema";
import type { AnalyticsEventType } from "@/lib/analytics/analytics-event";

/** What every dashboard query is about: one flow, a time range [from, to) in ms, maybe one version. */
export interface AnalyticsFilter {
  flowId: string;
  from: number;
  to: number;
  /** Only conversations on this published version (0 = the draft); null = every version. */
  version: number | null;
}

/** The event types a dashboard query may read: node entries are stored but not indexed (analytics-schema.ts). */
export type CountedEventType = Exclude<AnalyticsEventType, "node_entered">;

/**
 * The WHERE clause of a dashboard query: flow, event type(s), time range, version. Every column
 * it reads is in the (flow_id, type, at, flow_version, …) index, so each query is a range scan of
 * that index alone. Preview events carry PREVIEW_VERSION (-1), so "every version" (≥ 0) leaves
 * them out without reading the `channel` column, which the index does not hold.
 */
export function eventsWhere(filter: AnalyticsFilter, type: CountedEventType | readonly CountedEventType[]): SQL | undefined {
  return and(
    // the partial index's own condition, word for word: SQLite only uses a partial index for a
    // query whose WHERE clause contains it (a bound `type = ?` does not prove it)
    sql`${analyticsEvents.type} <> 'node_entered'`,
    eq(analyticsEvents.flowId, filter.flowId),
    typeof type === "string" ? eq(analyticsEvents.type, type) : inArray(analyticsEvents.type, [...type]),
    gte(analyticsEvents.at, filter.from),
    lt(analyticsEvents.at, filter.to),
    filter.version === null ? gte(analyticsEvents.flowVersion, 0) : eq(analyticsEvents.flowVersion, filter.version),
  );
}

/** `part / whole`, 0 when there is no whole. */
export function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
