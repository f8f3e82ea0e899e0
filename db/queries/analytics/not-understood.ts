import { and, isNotNull, sql } from "drizzle-orm";
import { clusterPhrases, type PhraseCount, type PhraseGroup } from "@/lib/analytics/cluster-phrases";
import { analyticsEvents } from "../../analytics-schema";
import type { Db } from "../../open";
import { eventsWhere, type AnalyticsFilter } from "./filter";

/** Distinct phrases read for clustering: the long tail beyond this adds little to the top groups. */
const PHRASE_LIMIT = 2000;

/**
 * What the bot did not understand: the user's messages at `no_match` events, counted per distinct
 * text, then grouped by similarity (`clusterPhrases`), biggest group first.
 */
export function notUnderstood(db: Db, filter: AnalyticsFilter, limit = 50): PhraseGroup[] {
  const rows = db
    .select({ text: analyticsEvents.text, nodeId: analyticsEvents.nodeId, count: sql<number>`count(*)` })
    .from(analyticsEvents)
    .where(and(eventsWhere(filter, "no_match"), isNotNull(analyticsEvents.text)))
    .groupBy(analyticsEvents.text, analyticsEvents.nodeId)
    .orderBy(sql`count(*) desc`, analyticsEvents.text)
    .limit(PHRASE_LIMIT)
    .all();
  const phrases: PhraseCount[] = rows.flatMap((row) => (row.text ? [{ text: row.text, count: row.count, nodeId: row.nodeId }] : []));
  return clusterPhrases(phrases).slice(0, limit);
}
