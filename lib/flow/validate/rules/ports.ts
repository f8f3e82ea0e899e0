import { nodeKinds } from "../../node-kinds";
import { describeNode, targetOf, type FlowGraph } from "../flow-graph";
import type { GraphNode } from "../parse-flow";
import { problem, type Problem } from "../problem";
import type { Rule } from "../rule";

/**
 * The paths out of each node: a Handoff must have an `unavailable` path (the user must never hit a
 * dead end) that leads to a Ticket or Callback; required paths must be connected; a node with no
 * way on at all is a dead end where the conversation would silently stop.
 */
export const checkPorts: Rule = (graph) => {
  const problems: Problem[] = [];
  const reachesRescue = nodesReachingTicketOrCallback(graph);
  for (const node of graph.nodes) {
    const ports = graph.ports.get(node.id);
    if (!ports || !node.kind || node.kind === "end") continue;
    if (node.kind === "handoff") problems.push(...checkUnavailable(graph, node, reachesRescue));
    if (node.kind === "ticket" || node.kind === "callback") problems.push(...checkFailed(graph, node));
    problems.push(...checkWayOn(graph, node, ports));
  }
  return problems;
};

function checkUnavailable(graph: FlowGraph, node: GraphNode, reachesRescue: Set<string>): Problem[] {
  const at = { nodeId: node.id, port: "unavailable" };
  const target = targetOf(graph, node.id, "unavailable");
  if (target === undefined) {
    return [
      problem(
        "handoff_without_unavailable",
        "error",
        `${describeNode(node)} has no "unavailable" path: when nobody can take the conversation, the user hits a dead end.`,
        "Connect \"unavailable\" to a Ticket or Callback node so the user leaves with a reference number.",
        at,
      ),
    ];
  }
  if (reachesRescue.has(target)) return [];
  return [
    problem(
      "unavailable_without_ticket_or_callback",
      "warning",
      `${describeNode(node)}'s "unavailable" path never reaches a Ticket or Callback node, so the user leaves without a reference number.`,
      "Lead the \"unavailable\" path to a Ticket or Callback node (or offer both).",
      at,
    ),
  ];
}

function checkFailed(graph: FlowGraph, node: GraphNode): Problem[] {
  if (targetOf(graph, node.id, "failed") !== undefined) return [];
  const what = node.kind === "ticket" ? "the ticket cannot be created" : "the callback cannot be scheduled";
  return [
    problem(
      "failed_unconnected",
      "warning",
      `${describeNode(node)} has no "failed" path: when ${what}, the error handler takes over without telling the user what happened.`,
      "Connect \"failed\" to a message with another way to reach you (or to the other of Ticket/Callback).",
      { nodeId: node.id, port: "failed" },
    ),
  ];
}

function checkWayOn(graph: FlowGraph, node: GraphNode, ports: readonly string[]): Problem[] {
  if (!node.kind) return [];
  const required = nodeKinds[node.kind].requiredPorts;
  const intentPorts = node.node?.kind === "intent" ? node.node.config.intents.map((intent) => intent.name) : [];
  const silent = (port: string) => required.includes(port) || intentPorts.includes(port);
  const open = ports.filter((port) => targetOf(graph, node.id, port) === undefined);
  if (ports.length > 0 && open.length === ports.length && ports.every(silent)) {
    return [
      problem(
        "dead_end",
        "error",
        `${describeNode(node)} leads nowhere: the conversation would silently stop here.`,
        `Connect its "${ports[0]}" path to the next step, or to an End node if the conversation should finish.`,
        { nodeId: node.id, port: ports[0] },
      ),
    ];
  }
  const problems: Problem[] = [];
  for (const port of open) {
    if (node.kind === "handoff" && port === "unavailable") continue;
    if (required.includes(port)) {
      problems.push(
        problem("required_port_unconnected", "error", `${describeNode(node)} has nothing connected to "${port}": the conversation would silently stop there.`, `Connect "${port}" to the next step (or to an End node).`, { nodeId: node.id, port }),
      );
    } else if (intentPorts.includes(port)) {
      problems.push(
        problem("intent_port_unconnected", "warning", `When ${describeNode(node)} recognises "${port}", nothing happens next.`, `Connect the "${port}" path, or remove the intent.`, { nodeId: node.id, port }),
      );
    }
  }
  return problems;
}

/** Every node from which some path leads to a Ticket or Callback node (one reverse search). */
function nodesReachingTicketOrCallback(graph: FlowGraph): Set<string> {
  const predecessors = new Map<string, string[]>();
  for (const edge of graph.edges) {
    const list = predecessors.get(edge.target);
    if (list) list.push(edge.source);
    else predecessors.set(edge.target, [edge.source]);
  }
  const reached = new Set<string>();
  const queue: string[] = [];
  for (const node of graph.nodes) {
    if (node.kind === "ticket" || node.kind === "callback") {
      reached.add(node.id);
      queue.push(node.id);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    for (const previous of predecessors.get(queue[i] ?? "") ?? []) {
      if (reached.has(previous)) continue;
      reached.add(previous);
      queue.push(previous);
    }
  }
  return reached;
}
