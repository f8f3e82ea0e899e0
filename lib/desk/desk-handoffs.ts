import type { DeskHandoff, Priority } from "@/lib/api/live";

const PRIORITY_RANK: Record<Priority, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

/** The handoffs the desk lists: waiting in a queue, or being answered. */
export function isOpen(handoff: DeskHandoff): boolean {
  return handoff.status === "queued" || handoff.status === "assigned";
}

/**
 * Applies one handoff from a desk event to the open list: replaces it (or adds it) while it is
 * open, drops it once it ended, and recomputes places in line.
 */
export function upsertHandoff(list: readonly DeskHandoff[], handoff: DeskHandoff): DeskHandoff[] {
  const rest = list.filter((item) => item.id !== handoff.id);
  return withPositions(isOpen(handoff) ? [...rest, handoff] : rest);
}

/**
 * Sorts like the server (priority, then who asked first) and numbers the waiting handoffs per
 * queue from 1, so positions stay right as events arrive without refetching the list.
 */
export function withPositions(list: readonly DeskHandoff[]): DeskHandoff[] {
  const sorted = [...list].sort(
    (a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || Date.parse(a.requestedAt) - Date.parse(b.requestedAt) || a.id.localeCompare(b.id),
  );
  const places = new Map<string, number>();
  return sorted.map((handoff) => {
    if (handoff.status !== "queued") return handoff.position === null ? handoff : { ...handoff, position: null };
    const position = (places.get(handoff.queue) ?? 0) + 1;
    places.set(handoff.queue, position);
    return handoff.position === position ? handoff : { ...handoff, position };
  });
}

/** The page title with the number of waiting handoffs in front: "(3) Desk · Baton". */
export function titleWithCount(base: string, count: number): string {
  return count > 0 ? `(${count > 99 ? "99+" : count}) ${base}` : base;
}
