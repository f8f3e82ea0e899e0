import type { FlowNode } from "../document";
import type { JsonLogic } from "../json";

/** What a node says or sends (texts that interpolate `{{variables}}`) and the JSONLogic it runs. */
export interface NodeContent {
  texts: string[];
  logic: JsonLogic[];
  /** Variables it reads by name outside templates (a Handoff's context variables). */
  reads: string[];
  /** Variables it stores. */
  writes: string[];
}

/** The content of one node, per kind; a new kind without a case here is a compile error. */
export function nodeContent(node: FlowNode): NodeContent {
  const content: NodeContent = { texts: [], logic: [], reads: [], writes: [] };
  switch (node.kind) {
    case "start":
      break;
    case "message":
      content.texts.push(node.config.text);
      for (const reply of node.config.quickReplies) content.texts.push(reply.label, reply.value ?? "");
      break;
    case "question":
      content.texts.push(node.config.prompt, ...node.config.choices);
      content.writes.push(node.config.variable);
      break;
    case "intent":
      content.texts.push(node.config.prompt);
      break;
    case "condition":
      content.logic.push(node.config.rule);
      break;
    case "set":
      for (const assignment of node.config.assignments) {
        // A plain string is a literal that interpolates; anything else is JSONLogic.
        if (typeof assignment.value === "string") content.texts.push(assignment.value);
        else content.logic.push(assignment.value);
        content.writes.push(assignment.variable);
      }
      break;
    case "webhook":
      content.texts.push(node.config.url, node.config.body, ...Object.values(node.config.headers));
      if (node.config.saveAs !== undefined) content.writes.push(node.config.saveAs);
      break;
    case "fallback":
      content.texts.push(...node.config.messages);
      break;
    case "handoff":
      content.texts.push(node.config.summary, node.config.messages.connecting, node.config.messages.connected, node.config.messages.unavailable);
      content.reads.push(...node.config.contextVariables);
      break;
    case "ticket":
      content.texts.push(node.config.askEmail, node.config.askDescription, node.config.confirmation);
      break;
    case "callback":
      content.texts.push(node.config.askPhone, node.config.askSlot, node.config.confirmation);
      break;
    case "end":
      content.texts.push(node.config.message);
      break;
    default:
      return unreachable(node);
  }
  return content;
}

function unreachable(node: never): never {
  throw new Error(`Unknown node kind in ${JSON.stringify(node)}`);
}
