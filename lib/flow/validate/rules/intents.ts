import { describeNode } from "../flow-graph";
import { problem, type Problem } from "../problem";
import type { Rule } from "../rule";

/** Each intent must be recognisable: a unique name, valid patterns, and something to learn from. */
export const checkIntents: Rule = (graph) => {
  const problems: Problem[] = [];
  for (const node of graph.nodes) {
    if (node.node?.kind !== "intent") continue;
    const seen = new Set<string>();
    for (const intent of node.node.config.intents) {
      const at = { nodeId: node.id, port: intent.name };
      if (seen.has(intent.name)) {
        problems.push(problem("duplicate_intent", "error", `${describeNode(node)} has the intent "${intent.name}" twice; only one of them can have a path.`, "Rename one intent or merge their examples.", at));
      }
      seen.add(intent.name);
      for (const pattern of intent.patterns) {
        const error = regexError(pattern);
        if (error === null) continue;
        problems.push(problem("invalid_pattern", "error", `The pattern /${pattern}/ of intent "${intent.name}" in ${describeNode(node)} is not a valid regular expression (${error}).`, "Fix the pattern (JavaScript syntax), or replace it with keywords.", at));
      }
      if (intent.examples.length + intent.keywords.length + intent.patterns.length === 0) {
        problems.push(problem("empty_intent", "warning", `The intent "${intent.name}" in ${describeNode(node)} has no examples, keywords or patterns, so it can never be recognised.`, "Add a few example sentences users would say.", at));
      }
    }
  }
  return problems;
};

/** Why a pattern does not compile (as the runtime compiles it: case-insensitive), or null. */
function regexError(pattern: string): string | null {
  try {
    new RegExp(pattern, "i");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message.replace(/^Invalid regular expression: /, "") : "invalid";
  }
}
