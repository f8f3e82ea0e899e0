import { getDb } from "@/db/client";
import { NextResponse } from "next/server";
import { createQueue, listQueueRows } from "@/db/queries/live/queues";
import { requireUser } from "@/lib/auth/require-user";
import { recordAudit } from "@/lib/server/audit";
import { queueInputSchema } from "@/lib/handoff/queue-config";
import { liveContext } from "@/lib/live/context";
import { toLiveQueue } from "@/lib/live/settings-views";
import { readJson, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** `{ queues }` with business hours and live numbers. Agents may read them (the desk shows them). */
export const GET = route(async (request: Request) => {
  await requireUser(request, ["agent"]);
  const ctx = liveContext();
  const now = ctx.now();
  return NextResponse.json({ queues: listQueueRows(ctx.db).map((row) => toLiveQueue(ctx.db, row, now)) });
});

export const POST = route(async (request: Request) => {
  const me = await requireUser(request, ["admin"]);
  const input = await readJson(request, queueInputSchema);
  const ctx = liveContext();
  const row = createQueue(ctx.db, input, new Date(ctx.now()));
  const response = NextResponse.json({ queue: toLiveQueue(ctx.db, row, ctx.now()) }, { status: 201 });
  // Settings changes are audited (who changed which queue, when).
  recordAudit(getDb(), { actor: me, action: "settings.changed", target: "queues POST", details: {} });
  return response;
});
