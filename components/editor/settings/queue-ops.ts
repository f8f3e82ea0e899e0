import type { FlowDocument, FlowNode } from "@/lib/flow";

/** Why `name` cannot be a new name for a queue of `queues` (other than `current`), or null when it can. */
export function queueNameError(queues: readonly string[], name: string, current?: string): string | null {
  const trimmed = name.trim();
  if (trimmed === "") return "A queue needs a name";
  if (trimmed !== current && queues.includes(trimmed)) return `There is already a queue “${trimmed}”`;
  return null;
}

/**
 * Renames a queue everywhere it is referenced — the queue list, the default queue, routing rules,
 * and Handoff, Ticket and Callback nodes — so a rename never leaves dangling names behind.
 * Nodes that do not use the queue keep their identity.
 */
export function renameQueue(doc: FlowDocument, from: string, to: string): FlowDocument {
  if (from === to) return doc;
  const settings = doc.settings;
  const rename = (name: string) => (name === from ? to : name);
  const nodes = doc.nodes.map((node): FlowNode => {
    if ((node.kind === "handoff" || node.kind === "ticket" || node.kind === "callback") && node.config.queue === from) {
      return Object.assign({}, node, { config: { ...node.config, queue: to } });
    }
    return node;
  });
  return {
    ...doc,
    nodes,
    settings: {
      ...settings,
      queues: settings.queues.map(rename),
      defaultQueue: rename(settings.defaultQueue),
      routing: settings.routing.map((rule) => (rule.queue === from ? { ...rule, queue: to } : rule)),
    },
  };
}

/** A queue name not yet in `queues`: "queue_2", "queue_3"… */
export function newQueueName(queues: readonly string[]): string {
  for (let n = queues.length + 1; ; n += 1) {
    const name = `queue_${n}`;
    if (!queues.includes(name)) return name;
  }
}
