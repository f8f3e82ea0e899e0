import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyticsDashboard } from "@/db/queries/analytics/dashboard";
import type { AnalyticsFilter } from "@/db/queries/analytics/filter";
import { notUnderstood } from "@/db/queries/analytics/not-understood";
import { recordEvents } from "@/db/queries/analytics/record-events";
import { openDatabase, type Db } from "@/db/open";
import type { AnalyticsEvent } from "@/lib/analytics/analytics-event";
import { eventsFromTrace } from "@/lib/analytics/events-from-trace";
import { acmeBundle, runScript, type Script } from "./scripted";

const DAY = 86_400_000;
const BASE = Date.parse("2026-03-02T08:00:00.000Z");

// A known mix: contained chats, each trigger, each outcome, paraphrased not-understood messages.
const scripts: Script[] = [
  { says: ["when are you open", "no thanks"] },
  { world: { agent: { accept: true, then: "resolve" } }, says: ["I want a refund"] },
  { world: { agent: { accept: false } }, says: ["I want a refund", "Email me", "a@example.org", "refund please"] },
  { world: { queues: { "*": { agents: "offline" } } }, says: [{ action: "talk_to_person" }, "Call me back", "+44 20 7946 0000", "Mon 2 Mar, 12:00"] },
  { world: { agent: { accept: true, then: "hand_back", note: "ok" } }, says: ["can you order me a pizza", "order me a pizza please", "i want pizza delivered"] },
  { world: { queues: { support: { agents: "busy" } } }, says: ["blah blah blah", "blah blah blah", "blah blah blah"] },
  { world: { queues: { support: { agents: "offline" } }, webhooks: [{ match: "/orders/", timeout: true }] }, says: ["where is my order", "4242"] },
  { says: ["what is the weather tomorrow", "where is my order", "12345"] },
];

let db: Db;
const events: AnalyticsEvent[] = [];

beforeAll(async () => {
  db = openDatabase(path.join(os.tmpdir(), `baton-analytics-${process.pid}-${Date.now()}.db`));
  for (let i = 0; i < 40; i++) {
    const script = scripts[i % scripts.length] ?? { says: [] };
    const clock = new Date(BASE + i * 5 * 3_600_000).toISOString();
    const bundle = acmeBundle(i < 20 ? 1 : 2);
    const run = await runScript(bundle, { ...script, world: { ...script.world, clock } }, `conv-${i}`);
    db.transaction(() => recordEvents(db, run));
    events.push(...run);
  }
});

function expected(filter: AnalyticsFilter) {
  const inRange = events.filter((event) => event.at >= filter.from && event.at < filter.to && (filter.version === null || event.flowVersion === filter.version));
  const of = (type: AnalyticsEvent["type"]) => inRange.filter((event) => event.type === type);
  const conversations = of("conversation_started").length;
  const handoffs = of("handoff_triggered");
  const handoffConversations = new Set(handoffs.map((event) => event.conversationId)).size;
  const outcome = (name: string) => of("handoff_outcome").filter((event) => event.outcome === name).length;
  const waits = of("handoff_outcome")
    .filter((event) => event.outcome === "assigned")
    .map((assigned) => {
      const before = events.slice(0, events.indexOf(assigned));
      const queued = before.filter((event) => event.conversationId === assigned.conversationId && event.outcome === "queued");
      return Math.max(0, assigned.at - Math.max(...queued.map((event) => event.at)));
    })
    .sort((a, b) => a - b);
  const middle = (waits.length - 1) / 2;
  const byTrigger = new Map<string, number>();
  for (const event of handoffs) byTrigger.set(event.trigger ?? "", (byTrigger.get(event.trigger ?? "") ?? 0) + 1);
  const nodeCount = (type: AnalyticsEvent["type"], nodeId: string) => of(type).filter((event) => event.nodeId === nodeId).length;
  return { inRange, of, conversations, handoffs, handoffConversations, outcome, waits, middle, byTrigger, nodeCount };
}

describe("the dashboard's numbers equal what the events say", () => {
  const filters: [string, AnalyticsFilter][] = [
    ["every version, all days", { flowId: "acme", from: BASE - DAY, to: BASE + 30 * DAY, version: null }],
    ["version 2 only", { flowId: "acme", from: BASE - DAY, to: BASE + 30 * DAY, version: 2 }],
    ["the first four days", { flowId: "acme", from: BASE, to: BASE + 4 * DAY, version: null }],
    // whole UTC days come from the daily rollup alone; a range inside one day from the events alone
    ["whole days only", { flowId: "acme", from: BASE - 8 * 3_600_000, to: BASE + 6 * DAY - 8 * 3_600_000, version: null }],
    ["whole days, version 1", { flowId: "acme", from: BASE - 8 * 3_600_000, to: BASE + 30 * DAY - 8 * 3_600_000, version: 1 }],
    ["part of one day", { flowId: "acme", from: BASE + 2 * DAY, to: BASE + 2 * DAY + 12 * 3_600_000, version: null }],
  ];

  it.each(filters)("KPIs, triggers, nodes, funnel and trend: %s", (_name, filter) => {
    const want = expected(filter);
    const got = analyticsDashboard(db, filter);
    expect(want.conversations).toBeGreaterThan(0);
    expect(got.kpis.conversations).toBe(want.conversations);
    expect(got.kpis.handoffs).toBe(want.handoffs.length);
    expect(got.kpis.handoffConversations).toBe(want.handoffConversations);
    expect(got.kpis.handoffRate).toBeCloseTo(want.handoffConversations / want.conversations, 10);
    expect(got.kpis.containmentRate).toBeCloseTo(1 - want.handoffConversations / want.conversations, 10);
    expect(got.kpis.noMatches).toBe(want.of("no_match").length);

    expect(Object.fromEntries(got.byTrigger.map((row) => [row.trigger, row.handoffs]))).toEqual(Object.fromEntries(want.byTrigger));

    for (const node of got.byNode) {
      const understood = want.nodeCount("intent_matched", node.nodeId) + want.nodeCount("input_understood", node.nodeId);
      expect(node.inputs).toBe(understood + want.nodeCount("no_match", node.nodeId));
      expect(node.noMatchRate).toBeCloseTo(node.inputs === 0 ? 0 : want.nodeCount("no_match", node.nodeId) / node.inputs, 10);
      expect(node.noMatches).toBe(want.nodeCount("no_match", node.nodeId));
      expect(node.handoffs).toBe(want.nodeCount("handoff_triggered", node.nodeId));
    }
    expect(got.byNode.reduce((sum, node) => sum + node.handoffs, 0)).toBe(want.handoffs.length);

    expect(got.funnel.triggered).toBe(want.handoffs.length);
    expect(got.funnel.queued).toBe(want.outcome("queued"));
    expect(got.funnel.assigned).toBe(want.outcome("assigned"));
    expect(got.funnel.resolved).toBe(want.outcome("resolved"));
    expect(got.funnel.handedBack).toBe(want.outcome("handed_back"));
    expect(got.funnel.unavailable).toBe(want.outcome("unavailable"));
    expect(got.funnel.timedOut).toBe(want.outcome("timed_out"));
    expect(got.funnel.tickets).toBe(want.of("ticket_created").length);
    expect(got.funnel.callbacks).toBe(want.of("callback_scheduled").length);
    const median = want.waits.length === 0 ? null : ((want.waits[Math.floor(want.middle)] ?? 0) + (want.waits[Math.ceil(want.middle)] ?? 0)) / 2;
    expect(got.funnel.medianWaitMs).toBe(median);

    expect(got.trend.reduce((sum, day) => sum + day.conversations, 0)).toBe(want.conversations);
    expect(got.trend.reduce((sum, day) => sum + day.handoffs, 0)).toBe(want.handoffs.length);
    for (const day of got.trend) {
      const start = Date.parse(`${day.day}T00:00:00.000Z`);
      expect(day.conversations).toBe(want.of("conversation_started").filter((event) => event.at >= start && event.at < start + DAY).length);
    }
  });

  it("compares versions: conversations, handoff rate and triggers of each", () => {
    const filter: AnalyticsFilter = { flowId: "acme", from: BASE - DAY, to: BASE + 30 * DAY, version: null };
    const got = analyticsDashboard(db, filter).versions;
    expect(got.map((row) => row.version)).toEqual([1, 2]);
    for (const row of got) {
      const want = expected({ ...filter, version: row.version });
      expect(row.conversations).toBe(want.conversations);
      expect(row.handoffs).toBe(want.handoffs.length);
      expect(row.handoffRate).toBeCloseTo(want.handoffConversations / want.conversations, 10);
      expect(row.byTrigger).toEqual(Object.fromEntries(want.byTrigger));
    }
  });

  it("the node with most handoffs comes first and the heat counts match", () => {
    const filter: AnalyticsFilter = { flowId: "acme", from: BASE - DAY, to: BASE + 30 * DAY, version: null };
    const want = expected(filter);
    const [top] = analyticsDashboard(db, filter).byNode;
    const counts = new Map<string, number>();
    for (const event of want.handoffs) counts.set(event.nodeId ?? "", (counts.get(event.nodeId ?? "") ?? 0) + 1);
    const best = Math.max(...counts.values());
    expect(top?.handoffs).toBe(best);
    expect(counts.get(top?.nodeId ?? "")).toBe(best);
  });

  it("groups the not-understood messages, counting every one", () => {
    const filter: AnalyticsFilter = { flowId: "acme", from: BASE - DAY, to: BASE + 30 * DAY, version: null };
    const groups = notUnderstood(db, filter);
    const total = expected(filter).of("no_match").length;
    expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(total);
    const pizza = groups.find((group) => group.phrases.some((phrase) => phrase.text === "can you order me a pizza"));
    expect(pizza?.phrases.map((phrase) => phrase.text).sort()).toEqual(["can you order me a pizza", "order me a pizza please"]);
    expect(pizza?.nodeId).toBe("menu");
  });

  it("the live channel only: preview events stay out of the numbers", () => {
    const filter: AnalyticsFilter = { flowId: "acme", from: BASE - DAY, to: BASE + 30 * DAY, version: null };
    const before = analyticsDashboard(db, filter).kpis.conversations;
    const trace = [{ type: "node_entered" as const, nodeId: "start", kind: "start" }];
    const preview = [1, 2, 3].flatMap((n) => eventsFromTrace(trace, { flowId: "acme", flowVersion: 2, conversationId: `p-${n}`, channel: "preview", at: BASE + DAY }));
    expect(preview.filter((event) => event.type === "conversation_started")).toHaveLength(3);
    db.transaction(() => recordEvents(db, preview));
    expect(analyticsDashboard(db, filter).kpis.conversations).toBe(before);
  });
});
