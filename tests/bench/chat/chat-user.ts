import type { Client, Reply } from "./http-client";
import type { Ledger } from "./ledger";

export type ChatBody = { text: string } | { action: "talk_to_person" };

/** 80%: a question answered by the bot, another, then goodbye (the conversation ends). */
const BOT_ONLY: ChatBody[] = [{ text: "what are your opening hours?" }, { text: "are you open on sunday" }, { text: "no thanks" }];
/** 20%: asks for a person (really enqueued: an agent is online), then writes to the queue. */
const PERSON: ChatBody[] = [{ action: "talk_to_person" }, { text: "hello, is anyone there?" }];

/** A tiny seeded generator so runs pick the same scripts. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export function pickScript(random: () => number): ChatBody[] {
  return random() < 0.2 ? PERSON : BOT_ONLY;
}

/** Starts a conversation; null when the server refused. */
export async function startConversation(client: Client, flowId: string, ledger: Ledger, onReply: (reply: Reply) => void): Promise<{ id: string; token: string } | null> {
  const reply = await client.request("POST", `/api/chat/${flowId}/conversations`, { body: {} });
  onReply(reply);
  const body = reply.body;
  if (reply.status !== 201 || typeof body !== "object" || body === null || !("conversationId" in body) || !("token" in body)) return null;
  const id = String(body.conversationId);
  ledger.record(id, body);
  return { id, token: String(body.token) };
}

export async function sendMessage(client: Client, conversation: { id: string; token: string }, body: ChatBody, ledger: Ledger, onReply: (reply: Reply) => void): Promise<boolean> {
  const reply = await client.request("POST", `/api/chat/conversations/${conversation.id}/messages`, { body, token: conversation.token });
  onReply(reply);
  if (reply.status !== 200) return false;
  ledger.record(conversation.id, reply.body);
  return true;
}
