import type { FlowNode } from "../document";
import type { JsonLogic } from "../json";

/** What a node says or sends (texts that interpolate `{{variables}}`) and the JSONLogic it runs. */
export interface NodeContent {
  texts: readonly string[];
  logic: readonly JsonLogic[];
  /** Variables it reads by name outside templates (a Handoff's context variables). */
  reads: readonly string[];
  /** Variables it stores. */
  writes: readonly string[];
}

// Most nodes have no logic, reads or writes: one shared empty list instead of thousands on a big flow.
const none: readonly never[] = Object.freeze([]);

function content(texts: readonly string[], more: Partial<NodeContent> = {}): NodeContent {
  return { texts, logic: more.logic ?? none, reads: more.reads ?? none, writes: more.writes ?? none };
}

/** The content of one node, per kind; a new kind without a case here is a compile error. */
export function nodeContent(node: FlowNode): NodeContent {
  switch (node.kind) {
    case "start":
      return content(none);
    case "message":
      return content([node.config.text, ...node.config.quickReplies.flatMap((reply) => [reply.label, reply.value ?? ""])]);
    case "question":
      return content([node.config.prompt, ...node.config.choices], { writes: [node.config.variable] });
    case "intent":
      return content([node.config.prompt]);
    case "condition":
      return content(none, { logic: [node.config.rule] });
    case "set": {
      // A plain string is a literal that interpolates; anything else is JSONLogic.
      const { assignments } = node.config;
      return content(assignments.flatMap((item) => (typeof item.value === "string" ? [item.value] : [])), {
        logic: assignments.flatMap((item) => (typeof item.value === "string" ? [] : [item.value])),
        writes: assignments.map((item) => item.variable),
      });
    }
    case "webhook":
      return content([node.config.url, node.config.body, ...Object.values(node.config.headers)], {
        writes: node.config.saveAs === undefined ? none : [node.config.saveAs],
      });
    case "fallback":
      return content(node.config.messages);
    case "handoff":
      return content([node.config.summary, node.config.messages.connecting, node.config.messages.connected, node.config.messages.unavailable], {
        reads: node.config.contextVariables,
      });
    case "ticket":
      return content([node.config.askEmail, node.config.askDescription, node.config.confirmation]);
    case "callback":
      return content([node.config.askPhone, node.config.askSlot, node.config.confirmation]);
    case "end":
      return content([node.config.message]);
    default:
      return unreachable(node);
  }
}

function unreachable(node: never): never {
  throw new Error(`Unknown node kind in ${JSON.stringify(node)}`);
}
