import { create } from "zustand";

/** What a node's badge shows: counts and the messages for its tooltip. */
export interface NodeProblemSummary {
  errors: number;
  warnings: number;
  messages: string[];
}

interface ProblemIndexState {
  byNode: ReadonlyMap<string, NodeProblemSummary>;
  /** All problems of the flow, node or not (the Problems tab count). */
  total: number;
  publish(problems: readonly { nodeId?: string; severity: "error" | "warning"; message: string }[]): void;
}

/**
 * Problems grouped per node, so each canvas node subscribes to its own entry only. Validation runs
 * once per document change (in the editor); a node re-renders only when its own summary changed,
 * because unchanged summaries keep their identity across publishes.
 */
export const useProblemIndex = create<ProblemIndexState>()((set, get) => ({
  byNode: new Map(),
  total: 0,
  publish(problems) {
    const fresh = new Map<string, NodeProblemSummary>();
    for (const item of problems) {
      if (item.nodeId === undefined) continue;
      const entry = fresh.get(item.nodeId) ?? { errors: 0, warnings: 0, messages: [] };
      if (item.severity === "error") entry.errors += 1;
      else entry.warnings += 1;
      entry.messages.push(item.message);
      fresh.set(item.nodeId, entry);
    }
    const before = get().byNode;
    for (const [id, entry] of fresh) {
      const old = before.get(id);
      if (old && sameSummary(old, entry)) fresh.set(id, old);
    }
    set({ byNode: fresh, total: problems.length });
  },
}));

function sameSummary(a: NodeProblemSummary, b: NodeProblemSummary): boolean {
  return a.errors === b.errors && a.warnings === b.warnings && a.messages.join("\n") === b.messages.join("\n");
}

/** The problem summary of one node (undefined when it has none). */
export function useNodeProblems(nodeId: string): NodeProblemSummary | undefined {
  return useProblemIndex((state) => state.byNode.get(nodeId));
}
