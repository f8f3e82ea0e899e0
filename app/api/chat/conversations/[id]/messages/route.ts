import { NextResponse } from "next/server";
import type { SendChatResponse } from "@/lib/api/live";
import { limitChat } from "@/lib/live/chat-limits";
import { liveContext } from "@/lib/live/context";
import { authorizeConversation, sendToConversation } from "@/lib/live/conversation-service";
import { parseWith, readJson, route } from "@/lib/server/http";
import { chatToken, conversationParams, sendChatBody } from "../../../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The user's message or action: `SendChatResponse` with everything the turn produced. */
export const POST = route(async (request: Request, context: Context) => {
  const { id } = parseWith(conversationParams, await context.params, "Invalid conversation id");
  limitChat(request, { conversationId: id });
  const ctx = liveContext();
  authorizeConversation(ctx, id, chatToken(request));
  const body = await readJson(request, sendChatBody);
  const outcome = await sendToConversation(ctx, id, body);
  const answer: SendChatResponse = { messages: outcome.messages, status: outcome.status, references: outcome.references, lastEventId: outcome.lastEventId };
  return NextResponse.json(answer, { headers: { "cache-control": "no-store" } });
});
