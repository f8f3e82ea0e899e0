import type { FlowDocument } from "@/lib/flow";

/** Where a variable a designer can use comes from. */
export type VariableSource = "declared" | "question" | "set" | "webhook" | "built-in";

/** A variable offered by `{{` autocomplete and the variable pickers. */
export interface VariableSuggestion {
  name: string;
  source: VariableSource;
  /** One line for the list: the description, or which node writes it. */
  detail: string;
}

/** Variables the runtime and the handoff host fill in themselves. */
export const BUILT_IN_VARIABLES: readonly { name: string; detail: string }[] = [
  { name: "last_message", detail: "The user's latest message" },
  { name: "intent", detail: "The last matched intent" },
  { name: "trigger", detail: "What fired the handoff (explicit, user_request…)" },
  { name: "agent", detail: "Name of the agent who joined" },
  { name: "position", detail: "Place in the handoff queue" },
  { name: "wait", detail: "Estimated wait, e.g. “2 min”" },
  { name: "handoff_note", detail: "The agent's note on handing back" },
  { name: "ticket_ref", detail: "Reference of the created ticket" },
  { name: "callback_ref", detail: "Reference of the scheduled callback" },
  { name: "callback_slot", detail: "The chosen callback time" },
  { name: "email", detail: "Email collected by a Ticket node" },
  { name: "phone", detail: "Phone collected by a Callback node" },
  { name: "description", detail: "Issue description collected by a Ticket node" },
];

/**
 * Every variable a flow can read: declared ones first, then those written by Question, Set and
 * Webhook nodes (each name once, in the order the flow declares or writes it), then the built-ins.
 */
export function knownVariables(document: Pick<FlowDocument, "variables" | "nodes">): VariableSuggestion[] {
  const found = new Map<string, VariableSuggestion>();
  const add = (name: string, source: VariableSource, detail: string) => {
    if (name !== "" && !found.has(name)) found.set(name, { name, source, detail });
  };
  for (const variable of document.variables) add(variable.name, "declared", variable.description || "Declared variable");
  for (const node of document.nodes) {
    if (node.kind === "question") add(node.config.variable, "question", `Answer to “${node.config.prompt}”`);
    if (node.kind === "set") for (const assignment of node.config.assignments) add(assignment.variable, "set", `Set by ${node.id}`);
    if (node.kind === "webhook" && node.config.saveAs !== undefined) add(node.config.saveAs, "webhook", `Response of ${node.id}`);
  }
  for (const builtIn of BUILT_IN_VARIABLES) add(builtIn.name, "built-in", builtIn.detail);
  return [...found.values()];
}

/**
 * The suggestions for what was typed after `{{`: names starting with the query first, then names
 * containing it (case-insensitive), each group in the original order, at most `limit`.
 */
export function filterSuggestions(list: readonly VariableSuggestion[], query: string, limit = 8): VariableSuggestion[] {
  const needle = query.toLowerCase();
  const starts = list.filter((item) => item.name.toLowerCase().startsWith(needle));
  const contains = list.filter((item) => !item.name.toLowerCase().startsWith(needle) && item.name.toLowerCase().includes(needle));
  return [...starts, ...contains].slice(0, limit);
}
