import { getDb } from "@/db/client";
import { NextResponse } from "next/server";
import { getAgent, listAgents, saveAgent } from "@/db/queries/live/agents";
import { requireUser } from "@/lib/auth/require-user";
import { recordAudit } from "@/lib/server/audit";
import { liveContext } from "@/lib/live/context";
import { readJson, route } from "@/lib/server/http";
import { agentBody } from "./schemas";

export const dynamic = "force-dynamic";

/** `{ agents }` with presence and current chats. */
export const GET = route(async (request: Request) => {
  await requireUser(request, ["admin"]);
  return NextResponse.json({ agents: listAgents(liveContext().db) });
});

/** Creates or replaces the agent profile of a user: `{ agent }`. */
export const POST = route(async (request: Request) => {
  const me = await requireUser(request, ["admin"]);
  const input = await readJson(request, agentBody);
  const ctx = liveContext();
  saveAgent(ctx.db, input, new Date(ctx.now()));
  const response = NextResponse.json({ agent: getAgent(ctx.db, input.userId) });
  // Settings changes are audited (who changed which agent, when).
  recordAudit(getDb(), { actor: me, action: "settings.changed", target: "agents POST", details: {} });
  return response;
});
