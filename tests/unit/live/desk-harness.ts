import { expect } from "vitest";
import { POST as startRoute } from "@/app/api/chat/[flowId]/conversations/route";
import { GET as getChatRoute } from "@/app/api/chat/conversations/[id]/route";
import { POST as sendRoute } from "@/app/api/chat/conversations/[id]/messages/route";
import { GET as listRoute } from "@/app/api/desk/handoffs/route";
import { GET as detailRoute } from "@/app/api/desk/handoffs/[id]/route";
import { POST as acceptRoute } from "@/app/api/desk/handoffs/[id]/accept/route";
import { PUT as presenceRoute } from "@/app/api/desk/presence/route";
import type { ChatConversationResponse, DeskHandoffDetail, DeskHandoffsResponse, LiveAgent, SendChatResponse, StartChatResponse } from "@/lib/api/live";
import { call } from "./http";

/** A user of the public chat, driving it through the real route handlers. */
export async function startChat(flowId: string) {
  const started = await call<StartChatResponse, { flowId: string }>(startRoute, { method: "POST", params: { flowId }, rawBody: "{}" });
  expect(started.status).toBe(201);
  const { conversationId, token } = started.body;
  return {
    conversationId,
    started: started.body,
    async send(body: { text: string } | { action: "talk_to_person" | { quickReply: string } }): Promise<SendChatResponse> {
      const answer = await call<SendChatResponse, { id: string }>(sendRoute, { params: { id: conversationId }, token, body });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return answer.body;
    },
    async read(): Promise<ChatConversationResponse> {
      return (await call<ChatConversationResponse, { id: string }>(getChatRoute, { params: { id: conversationId }, token })).body;
    },
  };
}

export async function setPresence(cookie: string, presence: "online" | "away" | "offline"): Promise<LiveAgent> {
  const answer = await call<{ agent: LiveAgent }, Record<string, never>>(presenceRoute, { method: "PUT", params: {}, cookie, body: { presence } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.agent;
}

export async function deskList(cookie: string, query = "") {
  return (await call<DeskHandoffsResponse, Record<string, never>>(listRoute, { params: {}, cookie, path: `/api/desk/handoffs${query}` })).body;
}

export async function deskDetail(cookie: string, id: string) {
  return call<{ handoff: DeskHandoffDetail }, { id: string }>(detailRoute, { params: { id }, cookie });
}

export function accept(cookie: string, id: string) {
  return call<{ handoff: DeskHandoffDetail }, { id: string }>(acceptRoute, { method: "POST", params: { id }, cookie, rawBody: "" });
}
