import { DEFAULT_CLOCK, type JsonValue, type RuntimeBundle, type SimulatedQueue, type SimulatedWebhook, type SimulatedWorld } from "@/lib/runtime";

/** Whether a queue is open: always, never, or by office hours (Mon–Fri 09:00–17:00 UTC) at the clock. */
export type HoursMode = "open" | "closed" | "office_hours";

/** One queue as the tester sets it. */
export interface PreviewQueue {
  agents: "online" | "offline" | "busy";
  hours: HoursMode;
}

/** How one Webhook node's call answers: success with sample JSON, an error status, or a timeout. */
export interface PreviewWebhook {
  mode: "success" | "error" | "timeout";
  /** HTTP status for `error` (success is always 200). */
  status: number;
  /** The response body for `success`. */
  json: JsonValue;
}

/**
 * The simulated world under the tester's control, as the World controls show it. Queues and
 * webhooks not listed take the defaults (agents online, open; webhooks succeed with `{}`).
 * `toSimulatedWorld` turns it into what the runtime's simulated host (and a test case) reads.
 */
export interface PreviewWorld {
  /** ISO time the simulated clock starts at. */
  clock: string;
  queues: { [queue: string]: PreviewQueue };
  /** Per Webhook node id. */
  webhooks: { [nodeId: string]: PreviewWebhook };
  tickets: "ok" | "fail";
  callbacks: "ok" | "fail" | "no_slots";
}

export const OFFICE_HOURS = { days: [1, 2, 3, 4, 5], from: "09:00", to: "17:00" } as const;
export const defaultQueue: PreviewQueue = { agents: "online", hours: "open" };
export const defaultWebhook: PreviewWebhook = { mode: "success", status: 500, json: {} };

/** A world where everything works: agents online, queues open, webhooks succeed. */
export function defaultPreviewWorld(): PreviewWorld {
  return { clock: DEFAULT_CLOCK, queues: {}, webhooks: {}, tickets: "ok", callbacks: "ok" };
}

export const queueOf = (world: PreviewWorld, name: string): PreviewQueue => world.queues[name] ?? defaultQueue;
export const webhookOf = (world: PreviewWorld, nodeId: string): PreviewWebhook => world.webhooks[nodeId] ?? defaultWebhook;

/**
 * The runtime's `SimulatedWorld` for this preview world: only what differs from the simulated
 * host's defaults, so a saved test case stays short. Every Webhook node of the bundle gets a rule
 * matching its URL template (`{{var}}` → `*`), because the simulated host answers 404 to unknown URLs.
 */
export function toSimulatedWorld(world: PreviewWorld, bundle: RuntimeBundle | null): SimulatedWorld {
  const out: SimulatedWorld = {};
  if (world.clock !== DEFAULT_CLOCK) out.clock = world.clock;
  const queues: { [name: string]: SimulatedQueue } = {};
  for (const [name, queue] of Object.entries(world.queues).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (queue.agents === "online" && queue.hours === "open") continue;
    const simulated: SimulatedQueue = { agents: queue.agents };
    if (queue.hours === "closed") simulated.open = false;
    if (queue.hours === "office_hours") simulated.hours = { days: [...OFFICE_HOURS.days], from: OFFICE_HOURS.from, to: OFFICE_HOURS.to };
    queues[name] = simulated;
  }
  if (Object.keys(queues).length > 0) out.queues = queues;
  const webhooks: SimulatedWebhook[] = [];
  for (const node of Object.values(bundle?.nodes ?? {})) {
    if (node.kind !== "webhook") continue;
    const answer = webhookOf(world, node.id);
    const match = urlPattern(node.config.url);
    if (webhooks.some((rule) => rule.match === match)) continue; // the first rule for a URL answers
    if (answer.mode === "timeout") webhooks.push({ match, timeout: true });
    else if (answer.mode === "error") webhooks.push({ match, status: answer.status });
    else webhooks.push({ match, json: answer.json });
  }
  if (webhooks.length > 0) out.webhooks = webhooks;
  if (world.tickets !== "ok") out.tickets = world.tickets;
  if (world.callbacks !== "ok") out.callbacks = world.callbacks;
  return out;
}

/**
 * The preview world closest to a test case's simulated world, for replaying a test in the
 * preview. Webhook rules are matched to nodes by their URL pattern; a scripted agent or custom
 * business hours have no control here (the replay uses the test's exact world anyway).
 */
export function fromSimulatedWorld(simulated: SimulatedWorld, bundle: RuntimeBundle | null): PreviewWorld {
  const world = defaultPreviewWorld();
  if (simulated.clock) world.clock = simulated.clock;
  for (const [name, queue] of Object.entries(simulated.queues ?? {})) {
    const hours: HoursMode = queue.open === false ? "closed" : queue.open === true ? "open" : queue.hours ? "office_hours" : "open";
    world.queues[name] = { agents: queue.agents, hours };
  }
  for (const node of Object.values(bundle?.nodes ?? {})) {
    if (node.kind !== "webhook") continue;
    const rule = simulated.webhooks?.find((candidate) => candidate.match === urlPattern(node.config.url));
    if (!rule) continue;
    if (rule.timeout) world.webhooks[node.id] = { ...defaultWebhook, mode: "timeout" };
    else if (rule.status !== undefined && (rule.status < 200 || rule.status > 299)) world.webhooks[node.id] = { ...defaultWebhook, mode: "error", status: rule.status };
    else world.webhooks[node.id] = { mode: "success", status: defaultWebhook.status, json: rule.json ?? {} };
  }
  if (simulated.tickets) world.tickets = simulated.tickets;
  if (simulated.callbacks) world.callbacks = simulated.callbacks;
  return world;
}

/** A webhook URL template as a simulated-host pattern: each `{{variable}}` matches anything. */
export function urlPattern(url: string): string {
  return url.replace(/\{\{[^}]*\}\}/g, "*");
}
