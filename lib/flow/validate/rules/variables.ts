import { findTemplateVariables } from "../../templates";
import { describeNode, type FlowGraph } from "../flow-graph";
import { inspectJsonLogic } from "../json-logic";
import { problem, type Problem } from "../problem";
import type { Rule } from "../rule";

/**
 * Variables the runtime provides itself: references and slots from Ticket / Callback nodes (and the
 * email, phone and description they collect, under both the short and the prefixed names), the
 * agent and queue position in Handoff messages, the agent's hand-back note, the last webhook
 * error, and `intent`, `trigger`, `node` for conditions and routing rules.
 */
export const builtInVariables = [
  "ticket_ref", "callback_ref", "callback_slot", "callback_slot_at", "agent", "position", "wait", "queue",
  "intent", "trigger", "node", "last_message", "handoff_note", "webhook_error",
  "ticket_email", "ticket_description", "callback_phone",
] as const;

/**
 * `{{name}}` in texts and `{"var": "name"}` in JSONLogic must name a variable that exists: declared,
 * stored by a Question / Set / Webhook, or built in. Otherwise the user sees an empty gap.
 */
export const checkVariables: Rule = (graph) => {
  const known = knownVariables(graph);
  const isKnown = (name: string) => known.has(name) || known.has(name.split(".")[0] ?? name);
  const problems: Problem[] = [];
  graph.settings.routing.forEach((rule, index) => {
    for (const name of inspectJsonLogic(rule.when).variables) {
      if (isKnown(name)) continue;
      const which = rule.label ? `"${rule.label}"` : `${index + 1}`;
      problems.push(problem("unknown_variable", "warning", `Routing rule ${which} reads the variable "${name}", which nothing sets.`, hintFor(name)));
    }
  });
  for (const node of graph.nodes) {
    const content = graph.contents.get(node.id);
    if (!content) continue;
    const names = [
      ...content.texts.flatMap(findTemplateVariables),
      ...content.logic.flatMap((rule) => inspectJsonLogic(rule).variables),
      ...content.reads,
    ];
    for (const name of new Set(names)) {
      if (isKnown(name)) continue;
      problems.push(problem("unknown_variable", "warning", `${describeNode(node)} uses the variable "${name}", which nothing sets: it would show up empty.`, hintFor(name), { nodeId: node.id }));
    }
  }
  return problems;
};

function knownVariables(graph: FlowGraph): Set<string> {
  const known = new Set<string>(builtInVariables);
  for (const variable of graph.variables) known.add(variable.name);
  for (const content of graph.contents.values()) for (const name of content.writes) known.add(name);
  return known;
}

function hintFor(name: string): string {
  return `Declare "${name}" in the Variables panel, store it with a Question, Set or Webhook node, or fix the spelling.`;
}
