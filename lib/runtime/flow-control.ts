import type { BundleNode } from "./bundle-types";
import { defaultHandoffNodeId, isOpen } from "./handoff";
import { linked, type Linked } from "./prepared";
import { nodeById, notice, ownCounters, record, understood, type Outcome, type Turn } from "./turn";
import type { HandoffTrigger } from "./types";

/**
 * Runs the flow from `node` given what its executor asked for, entering node after node until
 * something waits (the user, a host effect, an agent) or the conversation ends. Every node
 * entered counts against the flow's step budget: the first overrun fires the `error` trigger,
 * a second one in the same turn ends the conversation — a loop never hangs a host.
 */
export function proceed(turn: Turn, from: BundleNode | null, first: Outcome): void {
  // the node's prepared record (one shape for every kind: its fields are quick to read)
  const prepared = from && turn.prepared.nodes.get(from.id);
  let at = from ? (prepared?.node === from ? prepared : linked(from)) : null;
  let outcome = first;
  for (;;) {
    let target: string | null;
    let link: Linked | undefined;
    let retry = false;
    // the usual outcome first: each `in` test on the many outcome shapes is a slow lookup
    if ("port" in outcome) {
      if (!at) return endConversation(turn, null);
      target = at.next[outcome.port] ?? null;
      record(turn, { type: "port_taken", nodeId: at.id, port: outcome.port, target });
      if (target === null) {
        outcome = unconnected(turn, at.node, outcome.port);
        continue;
      }
      link = at.to[outcome.port];
      retry = at.kind === "fallback" && target === turn.draft.failedNodeId;
    } else if ("goto" in outcome) {
      target = outcome.goto;
      retry = outcome.retry === true;
    } else if ("stop" in outcome) {
      return;
    } else if ("end" in outcome) {
      return endConversation(turn, at?.id ?? null);
    } else if ("noMatch" in outcome) {
      outcome = at ? noMatch(turn, at.node) : { end: true };
      continue;
    } else {
      target = fire(turn, outcome.trigger, outcome.nodeId);
      if (target === null) {
        if (isOpen(turn.draft.handoff)) return;
        notice(turn, turn.bundle.language.texts.cannotConnect);
        return endConversation(turn, at?.id ?? null);
      }
    }
    const next = link ?? turn.prepared.nodes.get(target);
    if (++turn.visits > turn.bundle.settings.stepBudget || !next) {
      const nodeId = at?.id ?? null;
      if (next) record(turn, { type: "error", nodeId, code: "step_budget", message: `More than ${turn.bundle.settings.stepBudget} steps in one turn` });
      else record(turn, { type: "error", nodeId, code: "missing_node", message: `No node "${target}"` });
      if (turn.budgetSpent || !nodeId) return endConversation(turn, nodeId);
      turn.budgetSpent = true;
      turn.visits = 0;
      outcome = { trigger: "error", nodeId };
      continue;
    }
    turn.draft.nodeId = next.id;
    record(turn, { type: "node_entered", nodeId: next.id, kind: next.kind });
    at = next;
    outcome = next.enter(next.node, turn, retry);
  }
}

/**
 * A trigger fired at `nodeId`: returns the node that handles it (the error handler for `error`,
 * else the live-agent Handoff node), or null when there is none or a handoff is already open.
 */
export function fire(turn: Turn, trigger: HandoffTrigger, nodeId: string): string | null {
  const { draft: state, bundle } = turn;
  if (isOpen(state.handoff)) {
    record(turn, { type: "event_ignored", nodeId, event: trigger, reason: "handoff_open" });
    return null;
  }
  const handler = bundle.settings.errorHandlerNodeId;
  const target = trigger === "error" && nodeById(turn, handler) && handler ? handler : defaultHandoffNodeId(bundle);
  record(turn, { type: "trigger_fired", nodeId, trigger, target });
  if (target === null) {
    record(turn, { type: "error", nodeId, code: "no_handoff_node", message: "The flow has no Handoff node" });
    return null;
  }
  state.trigger = { trigger, nodeId };
  // the streak and the node's fallback attempts start over, as when the user is understood
  if (trigger === "no_match") understood(turn, nodeId);
  if (trigger === "frustration") {
    const counters = ownCounters(turn);
    counters.repeat = 0;
    counters.negative = 0;
  }
  return target;
}

/** Counts a no-match; the flow-wide limit fires the trigger, otherwise the `no_match` port. */
function noMatch(turn: Turn, node: BundleNode): Outcome {
  const { draft: state } = turn;
  const count = ++ownCounters(turn).noMatch;
  record(turn, { type: "no_match", nodeId: node.id, score: node.kind === "intent" ? (state.lastIntent?.score ?? null) : null, count });
  state.failedNodeId = node.id;
  if (count >= turn.bundle.settings.noMatchLimit) return { trigger: "no_match", nodeId: node.id };
  return { port: "no_match" };
}

/** The protocol's default for an output port the designer left unconnected. */
function unconnected(turn: Turn, node: BundleNode, port: string): Outcome {
  const { draft: state, bundle } = turn;
  switch (port) {
    case "no_match": {
      const fallback = bundle.settings.defaultFallbackNodeId;
      return fallback && fallback !== node.id && nodeById(turn, fallback) ? { goto: fallback } : { trigger: "no_match", nodeId: node.id };
    }
    case "retry":
      return state.failedNodeId ? { goto: state.failedNodeId, retry: true } : { trigger: "no_match", nodeId: node.id };
    case "exhausted":
      return { trigger: "no_match", nodeId: state.failedNodeId ?? node.id };
    case "error":
      return { trigger: "error", nodeId: node.id };
    case "unavailable":
      record(turn, { type: "error", nodeId: node.id, code: "no_unavailable_path", message: "Handoff has no unavailable path" });
      notice(turn, bundle.language.texts.tryLater, node.id);
      return { end: true };
    case "failed":
      notice(turn, bundle.language.texts.failed, node.id);
      return { end: true };
    default:
      return { end: true };
  }
}

export function endConversation(turn: Turn, nodeId: string | null): void {
  turn.draft.status = "ended";
  turn.draft.awaiting = null;
  turn.draft.pending = null;
  record(turn, { type: "conversation_ended", nodeId });
}
