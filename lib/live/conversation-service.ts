import { randomUUID } from "node:crypto";
import { conversationEventsAfter, conversationTokenHash, listMessages, loadConversation } from "@/db/queries/live/conversations";
import { withEventId } from "@/db/queries/live/desk-events";
import type { ChatConversationResponse, ChatReference, SendChatBody, StartChatResponse } from "@/lib/api/live";
import { AppError } from "@/lib/errors";
import { initialState, type RuntimeEvent } from "@/lib/runtime";
import { bundleForNewConversation } from "./bundles";
import { chatStatus } from "./chat-status";
import type { LiveContext } from "./context";
import { runTurn, type TurnOutcome } from "./run-turn";
import type { HubEvent } from "./sse-hub";
import { hashToken, newToken, tokenMatches } from "./tokens";

/** Starts a live conversation on the flow's current bundle and runs it to its first wait. */
export async function startConversation(ctx: LiveContext, flowId: string): Promise<StartChatResponse> {
  const { bundle, version } = bundleForNewConversation(ctx.db, flowId);
  const conversationId = randomUUID();
  const token = newToken();
  const state = initialState(bundle);
  const at = new Date(ctx.now()).toISOString();
  const outcome = await runTurn(ctx, conversationId, () => [{ type: "start", at }], {
    flowId,
    flowVersion: version,
    bundleHash: bundle.hash,
    state,
    tokenHash: hashToken(token),
  });
  return { conversationId, token, messages: outcome.messages, status: outcome.status, lastEventId: outcome.lastEventId };
}

/** The user's message or action as one turn. 409 when the conversation is over. */
export function sendToConversation(ctx: LiveContext, conversationId: string, body: SendChatBody): Promise<TurnOutcome> {
  return runTurn(ctx, conversationId, (session) => {
    if (session.state.status === "ended") throw new AppError("conflict", "This conversation has ended. Start a new one to keep chatting.", { reason: "ended" });
    const at = new Date(session.at).toISOString();
    const event: RuntimeEvent = "text" in body ? { type: "user_message", text: body.text, at } : { type: "user_action", action: body.action, at };
    return [event];
  });
}

/**
 * The conversation if `token` is its token: 401 for a missing or wrong token (including another
 * conversation's), 404 for an unknown id.
 */
export function authorizeConversation(ctx: LiveContext, conversationId: string, token: string | null): void {
  if (!token) throw new AppError("unauthorized", "Send the conversation's token (Authorization: Bearer <token>).");
  const tokenHash = conversationTokenHash(ctx.db, conversationId);
  if (tokenHash === undefined) throw new AppError("not_found", "This conversation does not exist.", { id: conversationId });
  if (!tokenMatches(token, tokenHash)) throw new AppError("unauthorized", "This token does not belong to this conversation.");
}

/** The whole conversation for a reload: messages, status, references, the resume id. */
export function readConversation(ctx: LiveContext, conversationId: string): ChatConversationResponse {
  const row = loadConversation(ctx.db, conversationId);
  if (!row) throw new AppError("not_found", "This conversation does not exist.", { id: conversationId });
  const references: ChatReference[] = [];
  for (const event of conversationEventsAfter(ctx.db, row.id, 0)) {
    const value: unknown = JSON.parse(event.payload);
    if (typeof value === "object" && value !== null && "type" in value && value.type === "reference" && "reference" in value && isReference(value.reference)) references.push(value.reference);
  }
  return {
    conversationId: row.id,
    flowId: row.flowId,
    messages: listMessages(ctx.db, row.id),
    status: chatStatus(JSON.parse(row.state)),
    references,
    lastEventId: row.lastEventSeq,
  };
}

/** Chat events after `seq`, as SSE events. */
export function replayConversation(ctx: LiveContext, conversationId: string, seq: number): HubEvent[] {
  return conversationEventsAfter(ctx.db, conversationId, seq).map((event) => ({ id: event.seq, data: withEventId(event.seq, event.payload) }));
}

function isReference(value: unknown): value is ChatReference {
  return typeof value === "object" && value !== null && "kind" in value && "reference" in value && typeof value.reference === "string";
}
