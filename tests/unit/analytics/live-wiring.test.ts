import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { analyticsEvents } from "@/db/analytics-schema";
import { analyticsDashboard } from "@/db/queries/analytics/dashboard";
import { createFlow } from "@/db/queries/flows";
import { publishVersion } from "@/db/queries/versions";
import { openDatabase } from "@/db/open";
import { flowDocumentSchema } from "@/lib/flow";
import { createLiveContext } from "@/lib/live/context";
import { sendToConversation, startConversation } from "@/lib/live/conversation-service";

const db = openDatabase(path.join(os.tmpdir(), `baton-analytics-live-${process.pid}-${Date.now()}.db`));
const document = flowDocumentSchema.parse(JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/flows/acme-support.json"), "utf8")));
let clock = Date.parse("2026-03-02T10:00:00.000Z");
const ctx = createLiveContext({ db, now: () => (clock += 1000), autoSchedule: false });

afterAll(() => ctx.scheduler.stop());

describe("the live chat server records analytics in its turns", () => {
  it("a public chat's turns leave the events the dashboard counts", async () => {
    const flow = createFlow(db, { name: "Acme", document });
    publishVersion(db, flow.id, { revision: flow.revision, note: "", author: null });
    const started = await startConversation(ctx, flow.id);
    await sendToConversation(ctx, started.conversationId, { text: "can you order me a pizza" });
    await sendToConversation(ctx, started.conversationId, { action: "talk_to_person" });

    const rows = db.select().from(analyticsEvents).where(eq(analyticsEvents.conversationId, started.conversationId)).all();
    expect(rows.every((row) => row.flowId === flow.id && row.flowVersion === 1 && row.channel === "live")).toBe(true);
    expect(rows.filter((row) => row.type === "conversation_started")).toHaveLength(1);
    expect(rows.find((row) => row.type === "no_match")).toMatchObject({ nodeId: "menu", text: "can you order me a pizza" });
    expect(rows.find((row) => row.type === "handoff_triggered")).toMatchObject({ nodeId: "menu", trigger: "user_request", queue: "support" });

    const dashboard = analyticsDashboard(db, { flowId: flow.id, from: clock - 86_400_000, to: clock + 1, version: null });
    expect(dashboard.kpis).toMatchObject({ conversations: 1, handoffConversations: 1, noMatches: 1 });
    expect(dashboard.byNode[0]).toMatchObject({ nodeId: "menu", handoffs: 1 });
  });
});
