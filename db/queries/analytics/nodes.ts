import type { NodeRow } from "@/lib/analytics/dashboard-types";
import type { Db } from "../../open";
import { countEvents } from "./count-events";
import { ratio, type AnalyticsFilter } from "./filter";
import { isTrigger } from "./kpis";

/**
 * Per node: inputs read, no-matches and handoffs by trigger, nodes with most handoffs first (then
 * most no-matches). Only nodes with inputs or handoffs in the range are listed. It reads the
 * understood/not-understood events, not every node entry (entries say nothing about understanding).
 */
export function analyticsByNode(db: Db, filter: AnalyticsFilter): NodeRow[] {
  const rows = countEvents(db, filter, ["intent_matched", "input_understood", "no_match", "handoff_triggered"], ["nodeId", "trigger"]);
  const byNode = new Map<string, NodeRow>();
  const rowOf = (nodeId: string) => {
    let row = byNode.get(nodeId);
    if (!row) {
      row = { nodeId, inputs: 0, noMatches: 0, noMatchRate: 0, handoffs: 0, byTrigger: {} };
      byNode.set(nodeId, row);
    }
    return row;
  };
  for (const row of rows) {
    if (row.nodeId === null) continue;
    const node = rowOf(row.nodeId);
    if (row.type === "intent_matched" || row.type === "input_understood") node.inputs += row.n;
    else if (row.type === "no_match") {
      node.noMatches += row.n;
      node.inputs += row.n;
    } else {
      node.handoffs += row.n;
      if (isTrigger(row.trigger)) node.byTrigger[row.trigger] = (node.byTrigger[row.trigger] ?? 0) + row.n;
    }
  }
  const nodes = [...byNode.values()];
  for (const node of nodes) node.noMatchRate = ratio(node.noMatches, node.inputs);
  return nodes.sort((a, b) => b.handoffs - a.handoffs || b.noMatches - a.noMatches || a.nodeId.localeCompare(b.nodeId));
}

