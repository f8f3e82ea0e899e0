import type { NodeRow } from "./dashboard-types";

/** A node's heat on the analytics canvas: its numbers and 0–1 levels for the colours. */
export interface NodeHeat {
  handoffs: number;
  noMatches: number;
  noMatchRate: number;
  inputs: number;
  /** handoffs relative to the node with the most (1 = the hottest node). */
  handoffLevel: number;
}

/** Heat per node id, handoffs scaled to the busiest node so the hottest one is always red. */
export function heatByNode(rows: readonly NodeRow[]): Map<string, NodeHeat> {
  const most = Math.max(0, ...rows.map((row) => row.handoffs));
  return new Map(
    rows.map((row) => [
      row.nodeId,
      { handoffs: row.handoffs, noMatches: row.noMatches, noMatchRate: row.noMatchRate, inputs: row.inputs, handoffLevel: most > 0 ? row.handoffs / most : 0 },
    ]),
  );
}

/** Tailwind classes of a heat level, cool to hot (complete literals so Tailwind finds them). */
export function heatClass(level: number): string {
  if (level <= 0) return "bg-slate-100 text-slate-600 ring-slate-300";
  if (level < 0.25) return "bg-amber-100 text-amber-900 ring-amber-300";
  if (level < 0.5) return "bg-orange-200 text-orange-950 ring-orange-400";
  if (level < 0.75) return "bg-orange-500 text-white ring-orange-600";
  return "bg-rose-600 text-white ring-rose-700";
}

/** A share 0–1 as "42%" (one decimal below 10%). */
export function formatPercent(value: number): string {
  const percent = value * 100;
  return `${percent > 0 && percent < 10 ? percent.toFixed(1) : Math.round(percent)}%`;
}

/** A duration in ms as "45 s", "3 min", "1.5 h"; "—" when unknown. */
export function formatWait(ms: number | null): string {
  if (ms === null) return "—";
  const seconds = ms / 1000;
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
