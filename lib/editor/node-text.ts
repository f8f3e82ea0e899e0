import type { FlowNode } from "@/lib/flow";

/**
 * A one-line title for a node on the canvas and in search: what a designer would call it
 * ("Hello! How can I help?", "support queue", "GET api.example.com/…").
 */
export function nodeTitle(node: FlowNode): string {
  switch (node.kind) {
    case "start": return "Conversation starts";
    case "message": return firstLine(node.config.text) || "Empty message";
    case "question": return firstLine(node.config.prompt) || "Empty question";
    case "intent": return firstLine(node.config.prompt) || node.config.intents.map((i) => i.name).join(", ");
    case "condition": return node.config.label || "Condition";
    case "set": return node.config.assignments.map((a) => a.variable).join(", ") || "Set variables";
    case "webhook": return `${node.config.method} ${node.config.url}`;
    case "fallback": return `${node.config.maxAttempts} attempts`;
    case "handoff": return node.config.queue ? `Queue: ${node.config.queue}` : "Routing rules";
    case "ticket": return node.config.queue ? `Ticket · ${node.config.queue}` : "Create a ticket";
    case "callback": return node.config.queue ? `Callback · ${node.config.queue}` : "Schedule a callback";
    case "end": return firstLine(node.config.message) || "End";
    default: return unreachable(node);
  }
}

/** All the words of a node that search should find: title, texts, intents, variables, note. */
export function nodeSearchText(node: FlowNode): string {
  return [node.kind, node.id, nodeTitle(node), node.note ?? "", JSON.stringify(node.config)].join(" ").toLowerCase();
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0]?.trim() ?? "";
}

function unreachable(value: never): never {
  throw new Error(`Unknown node kind: ${JSON.stringify(value)}`);
}
