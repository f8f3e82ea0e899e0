import { deskEventVisible } from "@/lib/live/desk-actor";
import { deskRequest } from "@/lib/live/desk-request";
import { latestDeskEventId, replayDesk } from "@/lib/live/desk-views";
import { lastEventIdOf, sseResponse } from "@/lib/live/sse-response";
import { route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** SSE of `DeskEvent`s for my queues and my chats, resumable with `Last-Event-ID`. */
export const GET = route(async (request: Request) => {
  const { ctx, actor } = await deskRequest(request);
  return sseResponse({
    hub: ctx.hub,
    channel: "desk",
    // a fresh connection starts from now: the page loaded the lists itself
    lastId: lastEventIdOf(request) ?? latestDeskEventId(ctx),
    replay: (after) => replayDesk(ctx, after),
    filter: (event) => deskEventVisible(actor, event),
    signal: request.signal,
  });
});
