import { NextResponse } from "next/server";
import { limitChat } from "@/lib/live/chat-limits";
import { liveContext } from "@/lib/live/context";
import { startConversation } from "@/lib/live/conversation-service";
import { parseWith, route } from "@/lib/server/http";
import { flowIdParams } from "../../schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ flowId: string }> };

/** Starts a public chat on the flow: 201 `StartChatResponse` (lib/api/live.ts). */
export const POST = route(async (request: Request, context: Context) => {
  const { flowId } = parseWith(flowIdParams, await context.params, "Invalid flow id");
  limitChat(request, { start: true });
  const started = await startConversation(liveContext(), flowId);
  return NextResponse.json(started, { status: 201, headers: { "cache-control": "no-store" } });
});
