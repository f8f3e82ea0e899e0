import { describeNode } from "../flow-graph";
import { inspectJsonLogic, supportedOperators } from "../json-logic";
import { problem, type Problem } from "../problem";
import type { Rule } from "../rule";

const hint = `Use only the supported operators: ${supportedOperators.join(" ")}.`;

/** Routing rules, conditions and computed assignments may only use operators the runtime knows. */
export const checkOperators: Rule = (graph) => {
  const problems: Problem[] = [];
  graph.settings.routing.forEach((rule, index) => {
    for (const operator of inspectJsonLogic(rule.when).unsupported) {
      const which = rule.label ? `"${rule.label}"` : `${index + 1}`;
      problems.push(problem("unsupported_operator", "error", `Routing rule ${which} uses "${operator}", which the runtime cannot evaluate.`, hint));
    }
  });
  for (const node of graph.nodes) {
    const logic = graph.contents.get(node.id)?.logic;
    if (!logic?.length) continue;
    const operators = new Set(logic.flatMap((rule) => inspectJsonLogic(rule).unsupported));
    for (const operator of operators) {
      problems.push(problem("unsupported_operator", "error", `${describeNode(node)} uses "${operator}", which the runtime cannot evaluate.`, hint, { nodeId: node.id }));
    }
  }
  return problems;
};
