import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyticsEvents } from "@/db/analytics-schema";
import { users } from "@/db/auth-schema";
import { agents, handoffs, queues } from "@/db/live-schema";
import { handoffFunnel } from "@/db/queries/analytics/funnel";
import { createFlow } from "@/db/queries/flows";
import { seedLiveDemo } from "@/db/queries/live/seed";
import { publishVersion } from "@/db/queries/versions";
import { openDatabase } from "@/db/open";
import { flowDocumentSchema } from "@/lib/flow";
import { alwaysOpen } from "@/lib/handoff/queue-config";
import { createLiveContext } from "@/lib/live/context";
import { sendToConversation, startConversation } from "@/lib/live/conversation-service";
import { sseResponse } from "@/lib/live/sse-response";

const db = openDatabase(path.join(os.tmpdir(), `baton-analytics-abandoned-${process.pid}-${Date.now()}.db`));
const document = flowDocumentSchema.parse(JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/flows/acme-support.json"), "utf8")));
const START = Date.parse("2026-03-02T10:00:00.000Z");
let clock = START;
const ctx = createLiveContext({ db, now: () => clock, autoSchedule: false });
let flowId = "";

beforeAll(() => {
  const flow = createFlow(db, { name: "Acme", document });
  publishVersion(db, flow.id, { revision: flow.revision, note: "", author: null });
  flowId = flow.id;
  seedLiveDemo(db);
  db.update(queues).set({ hours: JSON.stringify(alwaysOpen()), waitTimeoutSec: 120 }).run();
  db.insert(users).values({ id: "kim", name: "Kim", email: "kim@example.test", emailVerified: true }).run();
  db.insert(agents).values({ userId: "kim", displayName: "Kim", presence: "online", lastSeenAt: new Date(START), maxConcurrent: 5, queues: JSON.stringify(["support"]) }).run();
});

afterAll(() => ctx.scheduler.stop());

/** A user who asked for a person and now waits in line, with the chat page's event stream open. */
async function waitingUser() {
  const { conversationId } = await startConversation(ctx, flowId);
  const asked = await sendToConversation(ctx, conversationId, { action: "talk_to_person" });
  expect(asked.status.state).toBe("queued");
  const page = new AbortController();
  sseResponse({ hub: ctx.hub, channel: `conv:${conversationId}`, replay: () => [], lastId: 0, signal: page.signal });
  return { conversationId, closePage: () => page.abort() };
}

function outcomes(conversationId: string) {
  return db
    .select({ outcome: analyticsEvents.outcome, waitMs: analyticsEvents.waitMs })
    .from(analyticsEvents)
    .where(and(eq(analyticsEvents.conversationId, conversationId), eq(analyticsEvents.type, "handoff_outcome")))
    .all();
}

const handoffStatus = (conversationId: string) => db.select({ status: handoffs.status }).from(handoffs).where(eq(handoffs.conversationId, conversationId)).get()?.status;

describe("a handoff whose user left while waiting", () => {
  it("is recorded as abandoned when the wait times out after the user's chat closed; a user still there times out", async () => {
    const left = await waitingUser();
    const stayed = await waitingUser();
    const blinked = await waitingUser();
    clock += 30_000;
    left.closePage();
    clock += 85_000;
    // a reconnecting stream is not a user who left
    blinked.closePage();
    clock += 10_000;
    await ctx.scheduler.runDue();

    expect(handoffStatus(left.conversationId)).toBe("abandoned");
    expect(outcomes(left.conversationId)).toEqual([
      { outcome: "queued", waitMs: null },
      { outcome: "abandoned", waitMs: 125_000 },
    ]);
    for (const user of [stayed, blinked]) {
      expect(handoffStatus(user.conversationId)).toBe("timed_out");
      expect(outcomes(user.conversationId).map((row) => row.outcome)).toEqual(["queued", "timed_out"]);
    }

    const funnel = handoffFunnel(db, { flowId, from: START - 86_400_000, to: clock + 1, version: null });
    expect(funnel).toMatchObject({ queued: 3, assigned: 0, timedOut: 2, leftWaiting: 1 });
    stayed.closePage();
  });
});
