import { liveContext } from "@/lib/live/context";
import { authorizeConversation, replayConversation } from "@/lib/live/conversation-service";
import { lastEventIdOf, sseResponse } from "@/lib/live/sse-response";
import { limitChat } from "@/lib/live/chat-limits";
import { parseWith, route } from "@/lib/server/http";
import { chatToken, conversationParams } from "../../../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** SSE of `ChatEvent`s, resumable with `Last-Event-ID` (or `?lastEventId=`); token via `?token=`. */
export const GET = route(async (request: Request, context: Context) => {
  const { id } = parseWith(conversationParams, await context.params, "Invalid conversation id");
  limitChat(request);
  const ctx = liveContext();
  authorizeConversation(ctx, id, chatToken(request));
  return sseResponse({
    hub: ctx.hub,
    channel: `conv:${id}`,
    lastId: lastEventIdOf(request) ?? 0,
    replay: (after) => replayConversation(ctx, id, after),
    signal: request.signal,
  });
});
