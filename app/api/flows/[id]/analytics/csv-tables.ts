import type { AnalyticsDashboard, TranscriptSample } from "@/lib/analytics/dashboard-types";
import type { CsvColumn } from "@/lib/analytics/csv";
import type { PhraseGroup } from "@/lib/analytics/cluster-phrases";
import type { DashboardTable } from "./schemas";

const TRIGGERS = ["explicit", "user_request", "no_match", "error", "frustration"] as const;
const percent = (value: number) => Math.round(value * 10_000) / 100;

/** A table of the dashboard as CSV columns and rows. */
export interface CsvTable {
  columns: CsvColumn<Record<string, string | number | null>>[];
  rows: Record<string, string | number | null>[];
}

function table(rows: Record<string, string | number | null>[]): CsvTable {
  const headers = Object.keys(rows[0] ?? {});
  return { columns: headers.map((header) => ({ header, value: (row) => row[header] ?? null })), rows };
}

/** The rows of one dashboard table, flat, with rates in percent. */
export function dashboardCsv(dashboard: AnalyticsDashboard, name: DashboardTable): CsvTable {
  switch (name) {
    case "kpis": {
      const { kpis } = dashboard;
      return table([
        {
          conversations: kpis.conversations,
          handoff_conversations: kpis.handoffConversations,
          handoffs: kpis.handoffs,
          containment_rate_pct: percent(kpis.containmentRate),
          handoff_rate_pct: percent(kpis.handoffRate),
          no_matches: kpis.noMatches,
        },
      ]);
    }
    case "trend":
      return table(dashboard.trend.map((point) => ({ day: point.day, conversations: point.conversations, handoffs: point.handoffs, no_matches: point.noMatches })));
    case "triggers":
      return table(dashboard.byTrigger.map((row) => ({ trigger: row.trigger, handoffs: row.handoffs, conversations: row.conversations, share_pct: percent(row.share) })));
    case "nodes":
      return table(
        dashboard.byNode.map((row) => ({
          node: row.nodeId,
          inputs: row.inputs,
          no_matches: row.noMatches,
          no_match_rate_pct: percent(row.noMatchRate),
          handoffs: row.handoffs,
          ...Object.fromEntries(TRIGGERS.map((trigger) => [trigger, row.byTrigger[trigger] ?? 0])),
        })),
      );
    case "funnel":
      return table(Object.entries(dashboard.funnel).map(([step, value]) => ({ step, value })));
    case "versions":
      return table(
        dashboard.versions.map((row) => ({
          version: row.version,
          conversations: row.conversations,
          handoffs: row.handoffs,
          handoff_rate_pct: percent(row.handoffRate),
          ...Object.fromEntries(TRIGGERS.map((trigger) => [trigger, row.byTrigger[trigger] ?? 0])),
        })),
      );
  }
}

/** One row per phrase, with its group. */
export function phrasesCsv(groups: PhraseGroup[]): CsvTable {
  return table(groups.flatMap((group, index) => group.phrases.map((phrase) => ({ group: index + 1, group_label: group.label, phrase: phrase.text, count: phrase.count, node: phrase.nodeId }))));
}

/** One row per message of each sample transcript. */
export function samplesCsv(samples: TranscriptSample[]): CsvTable {
  return table(samples.flatMap((sample) => sample.messages.map((message) => ({ conversation: sample.conversationId, trigger: sample.trigger, seq: message.seq, from: message.from, text: message.text, at: message.at }))));
}
