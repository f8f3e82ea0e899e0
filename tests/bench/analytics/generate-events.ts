import type Database from "better-sqlite3";
import { seededRandom } from "@/lib/analytics/simulator/seeded-random";

const DAY = 86_400_000;
const NODES = ["start", "greet", "menu", "ask_order", "lookup_order", "complaint_ask", "hours_msg", "refund_handoff", "support_handoff", "offer_choice", "ticket", "callback", "goodbye"];
const PHRASES = ["can you order me a pizza", "order me a pizza please", "what's the weather tomorrow", "will it rain", "do you sell gift cards", "reset my password", "sing me a song", "what is the capital of france"];
const TRIGGERS = ["explicit", "user_request", "no_match", "error", "frustration"] as const;

/**
 * Writes about `events` analytics events for flow `flowId` (plus 10% for another flow) over the
 * `days` before `now`: conversations of ~10 events with a realistic mix of no-matches and
 * handoffs. One prepared insert in transactions of 50,000 rows — the fast way into SQLite.
 */
export function generateEvents(sqlite: Database.Database, options: { flowId: string; events: number; days: number; now: number; seed: number }): number {
  const random = seededRandom(options.seed);
  const insert = sqlite.prepare(
    "insert into analytics_events (flow_id, flow_version, conversation_id, type, node_id, trigger, queue, intent, outcome, wait_ms, text, at, channel) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'live')",
  );
  let written = 0;
  let conversation = 0;
  const batch = sqlite.transaction((rows: (string | number | null)[][]) => {
    for (const row of rows) insert.run(row);
  });
  let rows: (string | number | null)[][] = [];
  while (written < options.events) {
    const flowId = random.chance(0.1) ? "other-flow" : options.flowId;
    const id = `c${conversation++}`;
    const version = random.chance(0.5) ? 1 : 2;
    let at = options.now - random.next() * options.days * DAY;
    const add = (type: string, nodeId: string | null, extra: { trigger?: string; outcome?: string; wait?: number; text?: string; intent?: string } = {}) => {
      rows.push([flowId, version, id, type, nodeId, extra.trigger ?? null, extra.trigger ? "support" : null, extra.intent ?? null, extra.outcome ?? null, extra.wait ?? null, extra.text ?? null, Math.round(at)]);
      at += 1000 + random.int(20_000);
    };
    add("conversation_started", "start");
    for (const node of ["start", "greet", "menu"]) add("node_entered", node);
    const misses = random.chance(0.35) ? 1 + random.int(3) : 0;
    for (let miss = 0; miss < misses; miss++) {
      add("no_match", "menu", { text: random.pick(PHRASES) });
      if (miss < 2) add("fallback_attempt", "menu");
    }
    if (misses === 0) add("intent_matched", "menu", { intent: "order_status" });
    const next = random.pick(NODES);
    add("node_entered", next);
    if (next === "ask_order" || next === "complaint_ask") add("input_understood", next);
    if (random.chance(0.3)) {
      const trigger = misses >= 3 ? "no_match" : random.pick(TRIGGERS);
      const nodeId = trigger === "explicit" ? "refund_handoff" : random.pick(NODES);
      add("handoff_triggered", nodeId, { trigger, text: "help" });
      if (random.chance(0.6)) {
        add("handoff_outcome", nodeId, { trigger, outcome: "queued" });
        const accepted = random.chance(0.8);
        add("handoff_outcome", nodeId, { trigger, outcome: accepted ? "assigned" : "timed_out", wait: random.int(300_000) });
        if (accepted) add("handoff_outcome", nodeId, { trigger, outcome: random.chance(0.7) ? "resolved" : "handed_back" });
      } else {
        add("handoff_outcome", nodeId, { trigger, outcome: "unavailable" });
        if (random.chance(0.5)) add(random.chance(0.6) ? "ticket_created" : "callback_scheduled", "ticket");
      }
    }
    add("conversation_ended", "goodbye");
    if (rows.length >= 50_000) {
      batch(rows);
      written += rows.length;
      rows = [];
    }
  }
  batch(rows);
  return written + rows.length;
}
