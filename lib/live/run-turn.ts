import { recordEvents } from "@/db/queries/analytics/record-events";
import { insertConversation, loadConversation, saveConversation } from "@/db/queries/live/conversations";
import type { ChatMessage, ChatReference, ChatStatus } from "@/lib/api/live";
import { eventsFromStep } from "@/lib/analytics/events-from-trace";
import { AppError } from "@/lib/errors";
import { callWebhook } from "@/lib/handoff/call-webhook";
import { performEffect } from "@/lib/handoff/server-host";
import { step, type ConversationState, type Effect, type RuntimeEvent } from "@/lib/runtime";
import { bundleByHash } from "./bundles";
import { chatStatus, sameStatus } from "./chat-status";
import type { LiveContext } from "./context";
import { addChatEvent, addMessage, publish, type TurnSession } from "./turn-session";

/** What one turn produced, for the API answer. */
export interface TurnOutcome {
  messages: ChatMessage[];
  status: ChatStatus;
  references: ChatReference[];
  lastEventId: number;
  state: ConversationState;
}

/** A brand-new conversation row, inserted in the first turn's transaction. */
export interface NewConversation {
  flowId: string;
  flowVersion: number;
  bundleHash: string;
  state: ConversationState;
  tokenHash: string;
}

type WebhookEffect = Extract<Effect, { type: "call_webhook" }>;

const MAX_CHAIN = 200;

/**
 * One turn of a live conversation, serialised per conversation: load the state, let `prepare`
 * check and change what it must (claim a handoff…) and name the runtime events, step them with
 * the server host, and store messages, events and state in ONE transaction (shared with other
 * conversations' turns that are ready at the same moment: see group-commit.ts); publish after commit.
 * A Webhook node's HTTP call cannot run inside a transaction: the turn commits up to it, calls,
 * and continues in a new transaction with the result.
 */
export function runTurn(
  ctx: LiveContext,
  conversationId: string,
  prepare: (session: TurnSession) => RuntimeEvent[],
  create?: NewConversation,
): Promise<TurnOutcome> {
  return ctx.turns.run(conversationId, async () => {
    const outcome: TurnOutcome = { messages: [], status: { state: "bot", acceptsInput: false }, references: [], lastEventId: 0, state: create?.state ?? emptyState() };
    let events: ((session: TurnSession) => RuntimeEvent[]) | null = prepare;
    for (let segment = 0; events && segment < 20; segment++) {
      const next: (session: TurnSession) => RuntimeEvent[] = events;
      const { session, webhook } = await ctx.commits.run(() => {
        if (create && segment === 0) insertConversation(ctx.db, { id: conversationId, ...create, state: JSON.stringify(create.state), status: create.state.status, now: new Date(ctx.now()) });
        const opened = openSession(ctx, conversationId);
        if (!opened) throw new AppError("not_found", "This conversation does not exist.", { id: conversationId });
        const lost = segment === 0 ? lostWebhookResult(opened.session) : [];
        const pending = stepAll(opened.session, [...lost, ...next(opened.session)]);
        store(opened);
        return { session: opened.session, webhook: pending };
      });
      publish(session);
      outcome.messages.push(...session.messages);
      outcome.references.push(...session.references);
      outcome.status = session.status;
      outcome.lastEventId = session.lastEventSeq;
      outcome.state = session.state;
      events = null;
      if (webhook) {
        const result = await (ctx.callWebhook ?? callWebhook)(webhook);
        events = () => [{ type: "effect_result", effectId: webhook.id, result, at: new Date(ctx.now()).toISOString() }];
      }
    }
    return outcome;
  });
}

/**
 * A turn that finds its conversation still waiting for a Webhook answer: turns of one
 * conversation run one at a time and the call is made inside its turn, so that call died with
 * a server that stopped mid-request. Nobody will answer it; it timed out, and the Webhook node
 * takes its error path instead of the conversation waiting forever.
 */
function lostWebhookResult(session: TurnSession): RuntimeEvent[] {
  const { status, pending } = session.state;
  if (status !== "waiting_effect" || pending?.type !== "call_webhook") return [];
  return [{ type: "effect_result", effectId: pending.id, result: { ok: false, timedOut: true, error: "the server restarted during the call" }, at: new Date(session.at).toISOString() }];
}

/**
 * Server-side edits of several conversations' states that need no runtime event (a new place in
 * line): ONE transaction for all of them instead of a turn each, published after the commit.
 * Each edit reads and writes inside that synchronous transaction, so it cannot interleave with
 * a turn of the same conversation. Conversations that no longer exist are skipped.
 */
export function editConversations(ctx: LiveContext, conversationIds: readonly string[], edit: (session: TurnSession) => void): void {
  const sessions = ctx.db.transaction(() =>
    conversationIds.flatMap((conversationId) => {
      const opened = openSession(ctx, conversationId);
      if (!opened) return [];
      edit(opened.session);
      updateStatus(opened.session);
      store(opened);
      return [opened.session];
    }),
  );
  for (const session of sessions) publish(session);
}

interface OpenedSession {
  session: TurnSession;
  stored: { state: string; lastEventSeq: number };
}

/** Saves the session's state, unless the turn changed nothing (e.g. a place in line that stayed the same). */
function store({ session, stored }: OpenedSession): void {
  const state = JSON.stringify(session.state);
  if (state === stored.state && session.lastEventSeq === stored.lastEventSeq) return;
  saveConversation(session.ctx.db, { id: session.conversationId, state, status: session.state.status, lastSeq: session.lastSeq, lastEventSeq: session.lastEventSeq, updatedAt: new Date(session.at) });
}

function openSession(ctx: LiveContext, conversationId: string): OpenedSession | null {
  const row = loadConversation(ctx.db, conversationId);
  if (!row) return null;
  const state: ConversationState = JSON.parse(row.state);
  const session: TurnSession = {
    ctx,
    conversationId,
    flowId: row.flowId,
    bundle: bundleByHash(ctx.db, row.bundleHash),
    state,
    lastSeq: row.lastSeq,
    lastEventSeq: row.lastEventSeq,
    status: chatStatus(state),
    at: ctx.now(),
    messages: [],
    references: [],
    chatEvents: [],
    deskEvents: [],
    notifications: [],
    reschedule: false,
    openHandoff: undefined,
    linesMoved: new Set(),
  };
  return { session, stored: { state: row.state, lastEventSeq: row.lastEventSeq } };
}

/** Steps events (and the results of DB effects they cause) until the conversation waits again. */
function stepAll(session: TurnSession, first: RuntimeEvent[]): WebhookEffect | null {
  const queue = [...first];
  for (let chain = 0; queue.length > 0 && chain < MAX_CHAIN; chain++) {
    const event = queue.shift();
    if (!event) break;
    const seen = session.state.transcript.length;
    const result = step(session.bundle, session.state, event);
    // Analytics (DESIGN.md protocol step 5): events derived from the same trace the preview
    // highlights from, stored in this turn's transaction so they commit (or roll back) with it.
    recordEvents(session.ctx.db, eventsFromStep(result, event, { flowId: session.flowId, flowVersion: session.bundle.flow.version, conversationId: session.conversationId, channel: "live", userLeft: session.userLeft === true }));
    session.state = result.state;
    for (const entry of result.state.transcript.slice(seen)) {
      if (entry.from === "user") addMessage(session, { from: "user", text: entry.text });
    }
    for (const output of result.outputs) {
      if (output.type === "message") {
        const agentName = output.from === "agent" ? session.state.handoff?.agentName : undefined;
        addMessage(session, { from: output.from, text: output.text, ...(output.quickReplies ? { quickReplies: output.quickReplies } : {}), ...(agentName ? { agentName } : {}) });
      } else if (output.type === "ticket" || output.type === "callback") {
        const reference: ChatReference = output.type === "ticket" ? { kind: "ticket", reference: output.reference } : { kind: "callback", reference: output.reference, slotLabel: output.slot.label };
        session.references.push(reference);
        addChatEvent(session, { type: "reference", reference });
      }
    }
    for (const effect of result.effects) {
      if (effect.type === "call_webhook") {
        updateStatus(session);
        return effect;
      }
      const answer = performEffect(session, effect);
      if (session.state.status === "waiting_effect" && session.state.pending?.id === effect.id) {
        queue.push({ type: "effect_result", effectId: effect.id, result: answer, at: new Date(session.at).toISOString() });
      }
    }
  }
  updateStatus(session);
  return null;
}

/** Sends a status event when what the chat shows about the user's situation changed. */
export function updateStatus(session: TurnSession): void {
  const status = chatStatus(session.state);
  if (sameStatus(status, session.status)) return;
  session.status = status;
  addChatEvent(session, { type: "status", status });
}

function emptyState(): ConversationState {
  return {
    version: 1, bundleHash: "", status: "active", nodeId: null, awaiting: null, pending: null, variables: {}, transcript: [],
    counters: { noMatch: 0, fallback: {}, repeat: 0, negative: 0, effects: 0, handoffs: 0 },
    lastMessage: "", handoff: null, lastIntent: null, failedNodeId: null, trigger: null,
  };
}
