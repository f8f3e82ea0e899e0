import { describeNode, type FlowGraph } from "../flow-graph";
import { problem, type Problem } from "../problem";
import type { Rule } from "../rule";

/**
 * Nodes no conversation can reach. Conversations enter at the Start node and, through triggers, at
 * the nodes the settings point at (error handler, default fallback, the live-agent Handoff) — so
 * those count as entry points too.
 */
export const checkReachability: Rule = (graph) => {
  const reached = reachableNodes(graph);
  const problems: Problem[] = [];
  for (const node of graph.nodes) {
    if (reached.has(node.id)) continue;
    problems.push(
      problem("unreachable", "warning", `${describeNode(node)} can never be reached: no path leads to it from the Start node.`, "Connect a path to it, or delete it if it is left over.", { nodeId: node.id }),
    );
  }
  return problems;
};

/** Ids of every node reachable from Start or from a trigger's entry node (breadth-first). */
export function reachableNodes(graph: FlowGraph): Set<string> {
  const { liveAgent, errorHandlerNodeId, defaultFallbackNodeId } = graph.settings;
  const entries = [
    ...graph.nodes.filter((node) => node.kind === "start").map((node) => node.id),
    liveAgent.handoffNodeId,
    graph.userRequestHandoffId,
    errorHandlerNodeId,
    defaultFallbackNodeId,
  ];
  const reached = new Set<string>();
  const queue: string[] = [];
  for (const id of entries) {
    if (id === undefined || reached.has(id) || !graph.byId.has(id)) continue;
    reached.add(id);
    queue.push(id);
  }
  for (let i = 0; i < queue.length; i++) {
    for (const next of graph.successors.get(queue[i] ?? "") ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  return reached;
}
