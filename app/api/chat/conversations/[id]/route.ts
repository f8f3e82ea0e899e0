import { NextResponse } from "next/server";
import { limitChat } from "@/lib/live/chat-limits";
import { liveContext } from "@/lib/live/context";
import { authorizeConversation, readConversation } from "@/lib/live/conversation-service";
import { parseWith, route } from "@/lib/server/http";
import { chatToken, conversationParams } from "../../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The whole conversation (with its token): `ChatConversationResponse`. */
export const GET = route(async (request: Request, context: Context) => {
  const { id } = parseWith(conversationParams, await context.params, "Invalid conversation id");
  limitChat(request);
  const ctx = liveContext();
  authorizeConversation(ctx, id, chatToken(request));
  return NextResponse.json(readConversation(ctx, id), { headers: { "cache-control": "no-store" } });
});
