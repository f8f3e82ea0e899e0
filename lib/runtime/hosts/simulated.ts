import type { JsonValue } from "../bundle-types";
import type { Host } from "../driver";
import type { CallbackSlot, Effect, EffectResult, RuntimeEvent } from "../types";
import { callbackSlots, isOpenAt, type BusinessHours } from "./business-hours";

/** One queue of the simulated world. */
export interface SimulatedQueue {
  /** online = free agents; busy = online but no free capacity; offline = nobody. */
  agents: "online" | "offline" | "busy";
  /** Force business hours open or closed; otherwise `hours` (or always open) decides. */
  open?: boolean;
  hours?: BusinessHours;
  /** Estimated wait reported when available (seconds, default 60) and place in line (default 1). */
  waitSec?: number;
  position?: number;
}

/** How a webhook URL answers: `match` is a substring, a `*` glob or a `/regex/`. */
export interface SimulatedWebhook {
  match: string;
  status?: number;
  timeout?: boolean;
  json?: JsonValue;
}

/** What the simulated agent does once the user is queued. */
export interface SimulatedAgent {
  /** false: nobody accepts, the wait times out. */
  accept: boolean;
  name?: string;
  replies?: string[];
  /** After the replies: resolve, hand back (with `note`), or wait for the tester. Default wait. */
  then?: "resolve" | "hand_back" | "wait";
  note?: string;
}

/** A whole simulated world: what the preview's switches and a test case's `world` describe. */
export interface SimulatedWorld {
  /** Start time (ISO); default Monday 2026-01-05 10:00 UTC. */
  clock?: string;
  /** Per queue name; `*` applies to queues not listed. Unlisted: agents online, open. */
  queues?: { [queue: string]: SimulatedQueue };
  webhooks?: SimulatedWebhook[];
  /** Without an agent script, agent events come from the tester (or a test case's steps). */
  agent?: SimulatedAgent;
  tickets?: "ok" | "fail";
  callbacks?: "ok" | "fail" | "no_slots";
}

export interface SimulatedHost extends Host {
  world: SimulatedWorld;
  /** Every effect performed, in order. */
  performed: Effect[];
  /** Moves the clock forward. */
  advance(seconds: number): void;
}

export const DEFAULT_CLOCK = "2026-01-05T10:00:00.000Z";

/**
 * A host whose world is a description: queues online/offline/busy and open/closed, webhook
 * answers by URL pattern, ticket and callback references from counters, and a scripted agent.
 * Its clock starts at `world.clock` and ticks one second per event, so runs are repeatable.
 */
export function createSimulatedHost(world: SimulatedWorld = {}): SimulatedHost {
  let clock = Date.parse(world.clock ?? DEFAULT_CLOCK);
  if (Number.isNaN(clock)) clock = Date.parse(DEFAULT_CLOCK);
  let tickets = 0;
  let callbacks = 0;
  let events: RuntimeEvent[] = [];
  const host: SimulatedHost = {
    world,
    performed: [],
    now() {
      clock += 1000;
      return new Date(clock).toISOString();
    },
    advance(seconds) {
      clock += seconds * 1000;
    },
    takeEvents() {
      const taken = events;
      events = [];
      return taken;
    },
    async perform(effect: Effect): Promise<EffectResult> {
      host.performed.push(effect);
      const queue = queueOf(host.world, "queue" in effect ? effect.queue : "");
      switch (effect.type) {
        case "check_availability": {
          const reason = !isQueueOpen(queue, clock) ? "closed" : queue.agents !== "online" ? queue.agents : undefined;
          return reason ? { ok: true, available: false, reason } : { ok: true, available: true, estimatedWaitSec: queue.waitSec ?? 60 };
        }
        case "enqueue_handoff":
          events.push(...agentScript(host, effect.handoffId, effect.waitTimeoutSec));
          return { ok: true, position: queue.position ?? 1, estimatedWaitSec: queue.waitSec ?? 60 };
        case "create_ticket":
          return host.world.tickets === "fail" ? { ok: false, error: "ticket system down" } : { ok: true, reference: `T-${1001 + tickets++}` };
        case "offer_callback_slots": {
          if (host.world.callbacks === "fail") return { ok: false, error: "callback system down" };
          const slots: CallbackSlot[] = host.world.callbacks === "no_slots" ? [] : callbackSlots(clock, queue.hours, 3);
          return { ok: true, slots };
        }
        case "schedule_callback":
          return host.world.callbacks === "fail" ? { ok: false } : { ok: true, reference: `CB-${2001 + callbacks++}` };
        case "call_webhook":
          return webhookAnswer(host.world.webhooks ?? [], effect.url);
        case "cancel_handoff":
        case "deliver_to_agent":
          return { ok: true };
      }
    },
  };
  return host;
}

/** The scripted agent's events after an enqueue (or the timeout when nobody accepts). */
function agentScript(host: SimulatedHost, handoffId: string, waitTimeoutSec: number): RuntimeEvent[] {
  const agent = host.world.agent;
  if (!agent) return [];
  if (!agent.accept) {
    host.advance(waitTimeoutSec);
    return [{ type: "handoff_timeout", handoffId, at: host.now() }];
  }
  const out: RuntimeEvent[] = [{ type: "agent_accepted", agentName: agent.name ?? "Alex", at: host.now() }];
  for (const text of agent.replies ?? []) out.push({ type: "agent_message", text, at: host.now() });
  if (agent.then === "resolve") out.push({ type: "agent_resolved", note: agent.note ?? "", at: host.now() });
  if (agent.then === "hand_back") out.push({ type: "agent_handed_back", note: agent.note ?? "", at: host.now() });
  return out;
}

function queueOf(world: SimulatedWorld, name: string): SimulatedQueue {
  const queues = world.queues ?? {};
  return (Object.hasOwn(queues, name) ? queues[name] : queues["*"]) ?? { agents: "online" };
}

function isQueueOpen(queue: SimulatedQueue, clock: number): boolean {
  if (queue.open !== undefined) return queue.open;
  return queue.hours ? isOpenAt(queue.hours, clock) : true;
}

/** The first webhook rule matching `url` answers; none → 404. */
export function webhookAnswer(rules: SimulatedWebhook[], url: string): EffectResult {
  const rule = rules.find((candidate) => matchesPattern(candidate.match, url));
  if (!rule) return { ok: true, status: 404, body: { error: "not found" } };
  if (rule.timeout) return { ok: false, timedOut: true, error: "timeout" };
  return { ok: true, status: rule.status ?? 200, body: rule.json ?? {} };
}

/** `/regex/flags`, a glob with `*`, or a substring. */
export function matchesPattern(pattern: string, text: string): boolean {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  try {
    if (regex) return new RegExp(regex[1] ?? "", regex[2]).test(text);
  } catch {
    return false;
  }
  if (!pattern.includes("*")) return text.includes(pattern);
  const glob = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, "\\$&")).join(".*");
  return new RegExp(`^${glob}$`).test(text);
}
