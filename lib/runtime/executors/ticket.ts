import { contextCard } from "../handoff";
import { ask, issue, readString, setVariable, tell, type Turn } from "../turn";
import { validateAnswer } from "../validate-answer";
import type { Executor } from "./executor";

/**
 * Ticket: asks an email (validated) and a description, asks the host to create the ticket, and
 * confirms with `{{ticket_ref}}` → `created`; a failed creation → `failed`.
 */
export const ticketExecutor: Executor<"ticket"> = {
  enter(node, turn) {
    return ask(turn, node.config.askEmail, node.id, "email");
  },
  onInput(node, turn, text, awaiting) {
    if (awaiting.field === "email") {
      const email = validateAnswer(text, "email");
      if (typeof email !== "string") {
        return ask(turn, node.config.invalidEmail, node.id, "email");
      }
      setVariable(turn, node.id, "ticket_email", email);
      return ask(turn, node.config.askDescription, node.id, "description");
    }
    setVariable(turn, node.id, "ticket_description", text.trim());
    return issue(turn, node.id, {
      type: "create_ticket",
      queue: queueOf(turn, node.config.queue),
      email: String(turn.draft.variables.ticket_email ?? ""),
      description: text.trim(),
      context: openCard(turn),
      transcript: turn.draft.transcript.slice(),
    });
  },
  onEffect(node, turn, result) {
    const reference = readString(result, "reference");
    if (result.ok !== true || !reference) return { port: "failed" };
    setVariable(turn, node.id, "ticket_ref", reference);
    turn.outputs.push({ type: "ticket", reference, nodeId: node.id });
    tell(turn, node.config.confirmation, node.id);
    return { port: "created" };
  },
};

/** The node's queue, else the queue of the handoff that led here, else the default queue. */
export function queueOf(turn: Turn, queue: string): string {
  return queue || turn.draft.handoff?.queue || turn.bundle.settings.defaultQueue || "support";
}

/** The context card of the handoff that led here, so the ticket reaches the team with it. */
export function openCard(turn: Turn) {
  const handoff = turn.draft.handoff;
  const node = handoff ? turn.bundle.nodes[handoff.nodeId] : undefined;
  return handoff && node?.kind === "handoff" ? contextCard(turn, node, handoff) : null;
}
