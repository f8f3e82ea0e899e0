import fs from "node:fs";
import { getDb } from "@/db/client";
import { createFlow } from "@/db/queries/flows";
import { publishVersion } from "@/db/queries/versions";
import { flowDocumentSchema } from "@/lib/flow";
import { createLiveContext, setLiveContext, type LiveContext } from "@/lib/live/context";
import { DEMO_FLOW_FILE } from "@/db/seed";

/** Monday 5 January 2026, 10:00 in London (UTC in winter): the demo queues are open. */
export const MONDAY_10AM = Date.parse("2026-01-05T10:00:00.000Z");

/** A settable clock for the live context. */
export interface Clock {
  now: number;
  advance(seconds: number): void;
}

export function createClock(start = MONDAY_10AM): Clock {
  const clock: Clock = {
    now: start,
    advance(seconds) {
      clock.now += seconds * 1000;
    },
  };
  return clock;
}

/**
 * A live context on this test file's database with a fake clock, short webhook retries and no
 * background timers; also installed as the process's context so route handlers use it.
 */
export function installLiveContext(clock: Clock, options: { retryDelaysMs?: number[] } = {}): LiveContext {
  const ctx = createLiveContext({
    db: getDb(),
    now: () => clock.now,
    autoSchedule: false,
    webhooks: { retryDelaysMs: options.retryDelaysMs ?? [20, 40], timeoutMs: 2000, allowHosts: ["127.0.0.1"] },
  });
  setLiveContext(ctx);
  return ctx;
}

/** The Acme support demo flow, stored as a new flow and published (version 1); returns its id. */
export function createDemoFlow(name = "Acme support", options: { publish?: boolean } = {}): string {
  const document = flowDocumentSchema.parse(JSON.parse(fs.readFileSync(DEMO_FLOW_FILE, "utf8")));
  const flow = createFlow(getDb(), { name, document });
  if (options.publish !== false) publishVersion(getDb(), flow.id, { revision: flow.revision, note: "", author: null });
  return flow.id;
}
