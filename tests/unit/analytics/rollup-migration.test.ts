import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, openDatabase } from "@/db/open";

const NOW = Date.parse("2026-06-30T12:00:00.000Z");
const TYPES = ["conversation_started", "node_entered", "no_match", "handoff_triggered", "handoff_outcome"];

/** `count` events spread over 10 days, 2 flows, 2 versions, some nodes, triggers and outcomes, and nulls. */
function storeEvents(sqlite: Database.Database, count: number, seed: number): number {
  const insert = sqlite.prepare("insert into analytics_events (flow_id, flow_version, conversation_id, type, node_id, trigger, outcome, at) values (?, ?, ?, ?, ?, ?, ?, ?)");
  for (let i = 0; i < count; i++) {
    const k = i * 7 + seed;
    const type = TYPES[k % TYPES.length] ?? "node_entered";
    insert.run(k % 3 === 0 ? "other" : "acme", k % 2, `c${k % 50}`, type, k % 4 === 0 ? null : `n${k % 5}`, type.startsWith("handoff") ? "no_match" : null, type === "handoff_outcome" ? "queued" : null, NOW - (k % 10) * 86_400_000 - (k % 1000) * 1000);
  }
  return count;
}

// The rollup's definition: the events counted per flow, type, UTC day, version, node, trigger,
// outcome — all but node entries, which no dashboard query reads (migration 0009).
const MISMATCHES = `
select count(*) as n from (
  select flow_id, type, cast(at / 86400000 as integer), flow_version, coalesce(node_id, ''), coalesce(trigger, ''), coalesce(outcome, ''), count(*)
  from analytics_events where type <> 'node_entered' group by 1, 2, 3, 4, 5, 6, 7
  except
  select flow_id, type, day, flow_version, node_id, trigger, outcome, n from analytics_daily
)`;

function rollupMatchesEvents(sqlite: Database.Database, events: number): void {
  const nodeEntries = sqlite.prepare("select count(*) as n from analytics_events where type = 'node_entered'").get();
  expect(nodeEntries).toEqual({ n: Math.round(events / TYPES.length) });
  expect(sqlite.prepare("select sum(n) as n from analytics_daily").get()).toEqual({ n: events - Math.round(events / TYPES.length) });
  expect(sqlite.prepare(MISMATCHES).get()).toEqual({ n: 0 });
}

describe("the daily rollup", () => {
  it("counts the events a database held before its migration, and every event stored after it", () => {
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), "baton-rollup-"));
    // the migrations as they were before the rollup's
    const before = path.join(temp, "migrations");
    fs.cpSync(MIGRATIONS_FOLDER, before, { recursive: true });
    const journalFile = path.join(before, "meta/_journal.json");
    const journal: { entries: { tag: string }[] } = JSON.parse(fs.readFileSync(journalFile, "utf8"));
    const rollupAt = journal.entries.findIndex((entry) => entry.tag.endsWith("_analytics_daily"));
    expect(rollupAt).toBeGreaterThan(0);
    fs.writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, rollupAt) }));

    const file = path.join(temp, "baton.db");
    const old = openDatabase(file, { migrate: false });
    migrate(old, { migrationsFolder: before });
    const stored = storeEvents(old.$client, 600, 1);
    old.$client.close();

    const upgraded = openDatabase(file);
    rollupMatchesEvents(upgraded.$client, stored);
    const more = storeEvents(upgraded.$client, 300, 2);
    rollupMatchesEvents(upgraded.$client, stored + more);
    upgraded.$client.close();
  });
});
