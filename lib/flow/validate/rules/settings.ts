import { nodeKinds, type NodeKind } from "../../node-kinds";
import { describeNode, type FlowGraph } from "../flow-graph";
import { problem, type Problem } from "../problem";
import type { Rule } from "../rule";

/**
 * Flow settings that point at nodes must point at existing nodes of the right kind, and live-agent
 * requests (`user_request`) must either reach a Handoff node or be switched off with a reason.
 */
export const checkSettings: Rule = (graph) => {
  const { liveAgent, defaultFallbackNodeId, errorHandlerNodeId } = graph.settings;
  const problems = [
    ...checkPointer(graph, "live-agent Handoff node", "liveAgent.handoffNodeId", liveAgent.handoffNodeId, "handoff"),
    ...checkPointer(graph, "default fallback", "defaultFallbackNodeId", defaultFallbackNodeId, "fallback"),
    ...checkPointer(graph, "error handler", "errorHandlerNodeId", errorHandlerNodeId, null),
  ];
  const hasHandoff = graph.nodes.some((node) => node.kind === "handoff");
  if (!liveAgent.enabled && liveAgent.disabledReason.trim() === "") {
    problems.push(
      problem("live_agent_disabled_without_reason", "warning", "Users cannot ask for a person in this flow, and no reason is recorded.", "Write why in Flow settings → Live agent → reason (reviewers and agents will read it), or turn live-agent requests back on."),
    );
  }
  if (liveAgent.enabled && !hasHandoff) {
    problems.push(
      problem("live_agent_without_handoff", "error", "Users can ask for a person, but the flow has no Handoff node to take them.", "Add a Handoff node (with an \"unavailable\" path), or turn live-agent requests off with a reason."),
    );
  }
  if (!liveAgent.enabled && !hasHandoff) {
    problems.push(
      problem("no_handoff", "warning", "This flow never hands the user to a person, even when the bot cannot help.", "Add a Handoff node for requests the bot cannot handle."),
    );
  }
  return problems;
};

function checkPointer(graph: FlowGraph, what: string, setting: string, id: string | undefined, kind: NodeKind | null): Problem[] {
  if (id === undefined) return [];
  const node = graph.byId.get(id);
  if (!node) {
    return [problem("setting_missing_node", "error", `The flow's ${what} is "${id}", which is not a node of this flow.`, `Pick an existing node in Flow settings (${setting}).`)];
  }
  if (kind === null || node.kind === kind) return [];
  return [
    problem(
      "setting_wrong_kind",
      "error",
      `The flow's ${what} is ${describeNode(node)}, which is not a ${nodeKinds[kind].label} node.`,
      `Pick a ${nodeKinds[kind].label} node in Flow settings (${setting}).`,
      { nodeId: node.id },
    ),
  ];
}
