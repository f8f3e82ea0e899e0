import { and, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { analyticsDaily, analyticsEvents } from "../../analytics-schema";
import type { Db } from "../../open";
import { eventsWhere, type AnalyticsFilter, type CountedEventType } from "./filter";

const DAY_MS = 86_400_000;

/** What counts can be split by, besides the event type. */
export type CountColumn = "day" | "version" | "nodeId" | "trigger" | "outcome";

/** One count: the event type, the `by` columns asked for (the others are null) and how many. */
export interface EventCount {
  type: string;
  day: number | null;
  version: number | null;
  nodeId: string | null;
  trigger: string | null;
  outcome: string | null;
  n: number;
}

/**
 * How many events of `types` the filter holds, split by type and the `by` columns. The whole UTC
 * days of the range are read from the daily rollup (`analytics_daily`, a few rows per day); only
 * the parts of a day at either end of a range that does not start or end at midnight are counted
 * from the events themselves. Either way the numbers are exactly those of counting the events.
 */
export function countEvents(db: Db, filter: AnalyticsFilter, types: readonly CountedEventType[], by: readonly CountColumn[]): EventCount[] {
  const firstDay = Math.ceil(filter.from / DAY_MS);
  const endDay = Math.floor(filter.to / DAY_MS);
  if (firstDay >= endDay) return fromEvents(db, filter, types, by);
  const parts = [fromRollup(db, filter, types, by, firstDay, endDay)];
  if (filter.from < firstDay * DAY_MS) parts.push(fromEvents(db, { ...filter, to: firstDay * DAY_MS }, types, by));
  if (filter.to > endDay * DAY_MS) parts.push(fromEvents(db, { ...filter, from: endDay * DAY_MS }, types, by));
  return parts.length === 1 ? (parts[0] ?? []) : merge(parts.flat());
}

function fromRollup(db: Db, filter: AnalyticsFilter, types: readonly CountedEventType[], by: readonly CountColumn[], firstDay: number, endDay: number): EventCount[] {
  const columns = {
    day: analyticsDaily.day,
    version: analyticsDaily.flowVersion,
    nodeId: analyticsDaily.nodeId,
    trigger: analyticsDaily.trigger,
    outcome: analyticsDaily.outcome,
  };
  const where = and(
    eq(analyticsDaily.flowId, filter.flowId),
    inArray(analyticsDaily.type, [...types]),
    gte(analyticsDaily.day, firstDay),
    lt(analyticsDaily.day, endDay),
    filter.version === null ? gte(analyticsDaily.flowVersion, 0) : eq(analyticsDaily.flowVersion, filter.version),
  );
  // the rollup stores '' for "none" so its primary key can hold it; callers get null as from the events
  return grouped(db, analyticsDaily, analyticsDaily.type, columns, by, sql<number>`sum(${analyticsDaily.n})`, where).map((row) => ({
    ...row,
    nodeId: row.nodeId || null,
    trigger: row.trigger || null,
    outcome: row.outcome || null,
  }));
}

function fromEvents(db: Db, filter: AnalyticsFilter, types: readonly CountedEventType[], by: readonly CountColumn[]): EventCount[] {
  const columns = {
    // an inlined integer literal: a bound JS number is a REAL in SQLite and would not truncate to days
    day: sql<number>`(${analyticsEvents.at} / ${sql.raw(String(DAY_MS))})`,
    version: analyticsEvents.flowVersion,
    nodeId: analyticsEvents.nodeId,
    trigger: analyticsEvents.trigger,
    outcome: analyticsEvents.outcome,
  };
  return grouped(db, analyticsEvents, analyticsEvents.type, columns, by, sql<number>`count(*)`, eventsWhere(filter, types));
}

type Source = typeof analyticsDaily | typeof analyticsEvents;
type Columns = Record<CountColumn, SQL | AnySQLiteColumn>;

/** SELECT type, each asked-for column (null for the rest), `count` … GROUP BY type and the asked-for columns. */
function grouped(db: Db, source: Source, type: AnySQLiteColumn, columns: Columns, by: readonly CountColumn[], count: SQL<number>, where: SQL | undefined): EventCount[] {
  const pick = (column: CountColumn) => (by.includes(column) ? columns[column] : sql`null`);
  return db
    .select({
      type: sql<string>`${type}`,
      day: sql<number | null>`${pick("day")}`,
      version: sql<number | null>`${pick("version")}`,
      nodeId: sql<string | null>`${pick("nodeId")}`,
      trigger: sql<string | null>`${pick("trigger")}`,
      outcome: sql<string | null>`${pick("outcome")}`,
      n: count,
    })
    .from(source)
    .where(where)
    .groupBy(type, ...by.map((column) => columns[column]))
    .all();
}

/** Adds up counts with the same type and columns. */
function merge(rows: EventCount[]): EventCount[] {
  const byKey = new Map<string, EventCount>();
  for (const row of rows) {
    const key = JSON.stringify([row.type, row.day, row.version, row.nodeId, row.trigger, row.outcome]);
    const seen = byKey.get(key);
    if (seen) seen.n += row.n;
    else byKey.set(key, { ...row });
  }
  return [...byKey.values()];
}
