import { getDb } from "@/db/client";
import type { Db } from "@/db/open";
import type { EffectResult } from "@/lib/runtime";
import { clearBundleCache } from "./bundles";
import { createGroupCommit, type GroupCommit } from "./group-commit";
import { createKeyedQueue, type KeyedQueue } from "./keyed-queue";
import { createScheduler, type Scheduler } from "./scheduler";
import { createSseHub, type SseHub } from "./sse-hub";
import { startWalCheckpointer } from "./wal-checkpointer";

/** How outgoing notification webhooks are sent. */
export interface WebhookSettings {
  /** Delay before each retry; attempts = 1 + retries. Default 1 s, 4 s, 16 s (then failed). */
  retryDelaysMs: number[];
  timeoutMs: number;
  /** Hosts allowed to resolve to private addresses (default: $BATON_WEBHOOK_ALLOWLIST). */
  allowHosts?: string[];
}

/**
 * Everything the live services share in one process: the database, the SSE hub, the
 * per-conversation turn queue, the clock and the scheduler of wait timeouts and webhook retries.
 * Tests build their own with `createLiveContext` (fake clock, short retries, injected HTTP).
 */
export interface LiveContext {
  db: Db;
  hub: SseHub;
  turns: KeyedQueue;
  /** Turns of different conversations that are ready together share one transaction. */
  commits: GroupCommit;
  /** ms since the epoch. */
  now: () => number;
  webhooks: WebhookSettings;
  scheduler: Scheduler;
  /** The Webhook node's HTTP call; default safeFetch with SSRF protection. */
  callWebhook?: (request: { url: string; method: string; headers: { [name: string]: string }; body: string; timeoutMs: number }) => Promise<EffectResult>;
}

export function createLiveContext(options: { db: Db; now?: () => number; webhooks?: Partial<WebhookSettings>; autoSchedule?: boolean } & Pick<LiveContext, "callWebhook">): LiveContext {
  const context: LiveContext = {
    db: options.db,
    hub: createSseHub(options.now ?? Date.now),
    turns: createKeyedQueue(),
    commits: createGroupCommit(options.db),
    now: options.now ?? Date.now,
    webhooks: { retryDelaysMs: [1000, 4000, 16_000], timeoutMs: 10_000, ...options.webhooks },
    scheduler: createScheduler({ autoSchedule: options.autoSchedule ?? true }),
    ...(options.callWebhook ? { callWebhook: options.callWebhook } : {}),
  };
  context.scheduler.attach(context);
  return context;
}

const cache = globalThis as typeof globalThis & { __batonLive?: LiveContext };

/**
 * The server's live context, made on first use. The first call also processes wait timeouts and
 * webhook retries that fell due while the server was down (there is no start-up hook here), and
 * moves the database's WAL checkpoints to a worker so no chat turn waits for an fsync.
 */
export function liveContext(): LiveContext {
  if (!cache.__batonLive) {
    const db = getDb();
    cache.__batonLive = createLiveContext({ db });
    cache.__batonLive.scheduler.start();
    startWalCheckpointer(db);
  }
  return cache.__batonLive;
}

/** Replaces the process's live context (tests), stopping the old one's timers. */
export function setLiveContext(context: LiveContext | undefined): void {
  cache.__batonLive?.scheduler.stop();
  if (context) cache.__batonLive = context;
  else delete cache.__batonLive;
  clearBundleCache();
}
