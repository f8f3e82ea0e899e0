import { describeNode } from "../flow-graph";
import { problem, type Problem } from "../problem";
import type { Rule } from "../rule";

/** Queues named by nodes, routing rules and the default queue must be declared in the settings. */
export const checkQueues: Rule = (graph) => {
  const { queues, defaultQueue, routing } = graph.settings;
  const known = new Set(queues);
  const declared = queues.length > 0 ? `Declared queues: ${queues.join(", ")}.` : "No queues are declared yet.";
  const problems: Problem[] = [];
  if (!known.has(defaultQueue)) {
    problems.push(problem("unknown_queue", "error", `The default queue "${defaultQueue}" is not one of the flow's queues.`, `Add it in Flow settings → Queues, or pick another default. ${declared}`));
  }
  routing.forEach((rule, index) => {
    if (known.has(rule.queue)) return;
    const name = rule.label ? `"${rule.label}"` : `${index + 1}`;
    problems.push(problem("unknown_queue", "error", `Routing rule ${name} sends users to the queue "${rule.queue}", which is not one of the flow's queues.`, `Add the queue in Flow settings → Queues, or pick another. ${declared}`));
  });
  for (const node of graph.nodes) {
    const config = node.node;
    if (!config || (config.kind !== "handoff" && config.kind !== "ticket" && config.kind !== "callback")) continue;
    const queue = config.config.queue;
    if (queue === "" || known.has(queue)) continue;
    problems.push(
      problem("unknown_queue", "error", `${describeNode(node)} uses the queue "${queue}", which is not one of the flow's queues.`, `Add it in Flow settings → Queues, or pick a declared queue. ${declared}`, { nodeId: node.id }),
    );
  }
  return problems;
};
