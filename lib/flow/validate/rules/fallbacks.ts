import { describeNode, targetOf } from "../flow-graph";
import { problem, type Problem } from "../problem";
import type { Rule } from "../rule";

/**
 * No-match handling: every input node should have somewhere to go when the bot does not
 * understand, and every Fallback node should be where a no-match goes (anything else never gives
 * it a failed node to retry).
 */
export const checkFallbacks: Rule = (graph) => {
  const problems: Problem[] = [];
  const defaultFallback = graph.settings.defaultFallbackNodeId;
  const hasDefault = defaultFallback !== undefined && graph.byId.get(defaultFallback)?.kind === "fallback";
  const fromNoMatch = new Set<string>();
  for (const edge of graph.edges) if (edge.sourcePort === "no_match") fromNoMatch.add(edge.target);
  for (const node of graph.nodes) {
    if ((node.kind === "question" || node.kind === "intent") && !hasDefault && targetOf(graph, node.id, "no_match") === undefined) {
      problems.push(
        problem(
          "no_fallback",
          "warning",
          `${describeNode(node)} has no fallback path: no-matches go straight to the no-match handoff.`,
          "Connect \"no_match\" to a Fallback node that rephrases the question, or set a default fallback in the flow settings.",
          { nodeId: node.id, port: "no_match" },
        ),
      );
    }
    if (node.kind === "fallback" && node.id !== defaultFallback && !fromNoMatch.has(node.id)) {
      problems.push(
        problem(
          "fallback_not_from_no_match",
          "warning",
          `${describeNode(node)} is not reached from any "no_match" path, so it has no question to retry.`,
          "Connect a Question's or Intent's \"no_match\" path to it, or make it the flow's default fallback.",
          { nodeId: node.id },
        ),
      );
    }
  }
  return problems;
};
