/**
 * The live-conversation API contract: public chat, agent desk and live settings. Every response
 * body and SSE payload is typed here, with a typed fetcher per endpoint; the server routes under
 * app/api/chat, app/api/desk and app/api/settings/{queues,agents,webhooks} answer exactly these.
 *
 * Errors are the usual `{ error: { code, message, details } }` (thrown as `ApiError` by the
 * fetchers): 400 invalid_json, 401 unauthorized (missing/wrong chat token, not signed in),
 * 403 forbidden (role), 404 not_found, 409 conflict (handoff already taken / not open),
 * 422 validation_failed, 429 rate_limited (with `Retry-After`).
 *
 * Realtime: `chatEventsUrl` / `deskEventsUrl` are Server-Sent Events streams. Every event has an
 * `id:` that grows by one per conversation (chat) or globally (desk) and a JSON `data:` line of
 * type `ChatEvent` / `DeskEvent` (no `event:` name, so `EventSource.onmessage` gets them all). A
 * reconnecting EventSource sends `Last-Event-ID` itself and gets exactly the missed events; pass
 * `lastEventId` to resume from a stored id. Comment lines (`: ping`) every 15 s keep it alive.
 */
import type { Priority } from "@/lib/runtime/bundle-types";
import type { ContextCard, HandoffTrigger } from "@/lib/runtime/types";
import { requestJson } from "./api-error";

export { ApiError } from "./api-error";

/* ───────────────────────────── shared ───────────────────────────── */

export type Speaker = "user" | "bot" | "agent" | "system";
// The runtime defines what a handoff is; the API passes its context card through unchanged.
export type { Priority } from "@/lib/runtime/bundle-types";
export type { ContextCard, HandoffTrigger } from "@/lib/runtime/types";

export interface QuickReply {
  label: string;
  /** What is sent back (`{ action: { quickReply: value ?? label } }`). */
  value?: string;
}

/** One line of a conversation. `seq` grows by one per conversation: dedupe and order by it. */
export interface ChatMessage {
  seq: number;
  from: Speaker;
  text: string;
  quickReplies: QuickReply[];
  /** ISO time. */
  at: string;
  /** For agent messages: the agent's display name. */
  agentName?: string;
}

/** Where the user is: with the bot, waiting in a queue, talking with an agent, or done. */
export interface ChatStatus {
  state: "bot" | "queued" | "with_agent" | "ended";
  /** queued: place in line, 1 = next. */
  position?: number;
  /** queued: estimated wait in seconds. */
  estimatedWaitSec?: number;
  /** with_agent: who is answering. */
  agentName?: string;
  /** queued / with_agent: the queue's name. */
  queue?: string;
  /** true while the bot waits for the user's next message (the composer may be enabled). */
  acceptsInput: boolean;
}

/** A reference the user keeps (ticket number, callback reference). */
export interface ChatReference {
  kind: "ticket" | "callback";
  reference: string;
  /** callback: the human label of the slot. */
  slotLabel?: string;
}

/* ───────────────────────────── public chat ───────────────────────────── */

/** 201 from `POST /api/chat/:flowId/conversations`. Keep `token`: it is shown only once. */
export interface StartChatResponse {
  conversationId: string;
  token: string;
  messages: ChatMessage[];
  status: ChatStatus;
  /** Resume the event stream after this id (`lastEventId`) to miss nothing. */
  lastEventId: number;
}

/** Body of `POST /api/chat/conversations/:id/messages`. */
export type SendChatBody = { text: string } | { action: "talk_to_person" | { quickReply: string } };

/**
 * 200 from `POST /api/chat/conversations/:id/messages`: every message this turn produced,
 * starting with the user's own, and the status after it. References (ticket/callback) made in
 * the turn are listed too.
 */
export interface SendChatResponse {
  messages: ChatMessage[];
  status: ChatStatus;
  references: ChatReference[];
  lastEventId: number;
}

/** 200 from `GET /api/chat/conversations/:id` (with the token): the whole conversation so far. */
export interface ChatConversationResponse {
  conversationId: string;
  flowId: string;
  messages: ChatMessage[];
  status: ChatStatus;
  references: ChatReference[];
  lastEventId: number;
}

/** One chat SSE event (`data:`), with `id` = its `id:` line. User messages are included too. */
export type ChatEvent =
  | { id: number; type: "message"; message: ChatMessage }
  | { id: number; type: "status"; status: ChatStatus }
  | { id: number; type: "reference"; reference: ChatReference };

const chatUrl = (id: string) => `/api/chat/conversations/${encodeURIComponent(id)}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export const startChat = (flowId: string) =>
  requestJson<StartChatResponse>(`/api/chat/${encodeURIComponent(flowId)}/conversations`, { method: "POST", body: "{}" });
export const sendChat = (conversationId: string, token: string, body: SendChatBody) =>
  requestJson<SendChatResponse>(`${chatUrl(conversationId)}/messages`, { method: "POST", body: JSON.stringify(body), headers: bearer(token) });
export const getChat = (conversationId: string, token: string) =>
  requestJson<ChatConversationResponse>(chatUrl(conversationId), { headers: bearer(token) });
/** For `new EventSource(url)`: the token travels as a query parameter (EventSource sets no headers). */
export const chatEventsUrl = (conversationId: string, token: string, lastEventId?: number) =>
  `${chatUrl(conversationId)}/events?token=${encodeURIComponent(token)}${lastEventId === undefined ? "" : `&lastEventId=${lastEventId}`}`;

/* ───────────────────────────── desk ───────────────────────────── */

export type LiveHandoffStatus = "queued" | "assigned" | "resolved" | "handed_back" | "timed_out" | "unavailable" | "abandoned";
export type Presence = "online" | "away" | "offline";

/** A handoff in the desk lists. `position` is set while queued; `waitingSec` counts from `requestedAt`. */
export interface DeskHandoff {
  id: string;
  conversationId: string;
  flowId: string;
  queue: string;
  trigger: HandoffTrigger;
  /** The node where the trigger fired. */
  nodeId: string;
  priority: Priority;
  status: LiveHandoffStatus;
  position: number | null;
  requestedAt: string;
  assignedAt: string | null;
  endedAt: string | null;
  /** Wait deadline (ISO) while queued: after it the bot takes over again. */
  waitDeadline: string | null;
  waitingSec: number;
  agent: { id: string; name: string } | null;
  summary: string;
  lastUserMessage: string | null;
  /** The agent's note when handed back / resolved / transferred. */
  note: string | null;
}

/** One handoff with its context card and the whole transcript. */
export interface DeskHandoffDetail extends DeskHandoff {
  context: ContextCard;
  messages: ChatMessage[];
  conversationStatus: ChatStatus;
}

/** An agent's profile as the desk and settings see it. */
export interface LiveAgent {
  userId: string;
  email: string;
  displayName: string;
  presence: Presence;
  lastSeenAt: string | null;
  maxConcurrent: number;
  queues: string[];
  /** Assigned, still open handoffs. */
  activeChats: number;
}

export type TicketStatus = "open" | "pending" | "closed";
export interface LiveTicket {
  id: string;
  reference: string;
  conversationId: string | null;
  queue: string;
  email: string;
  description: string;
  status: TicketStatus;
  context: ContextCard | null;
  createdAt: string;
  updatedAt: string;
}

export type CallbackStatus = "scheduled" | "done" | "missed" | "cancelled";
export interface LiveCallback {
  id: string;
  reference: string;
  conversationId: string | null;
  queue: string;
  phone: string;
  /** ISO time of the slot and its label in the queue's time zone. */
  slotAt: string;
  slotLabel: string;
  status: CallbackStatus;
  context: ContextCard | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * `GET /api/desk/handoffs?view=open|closed&scope=mine|all`: open = queued + assigned in my queues
 * (admins: every queue) sorted by priority then wait; closed = the last 100 ended ones. `me` is
 * null for an admin who is not set up as an agent.
 */
export interface DeskHandoffsResponse {
  handoffs: DeskHandoff[];
  me: LiveAgent | null;
}

/** One desk SSE event (`data:`); `id` is the global desk event id. */
export type DeskEvent =
  | { id: number; type: "handoff.created"; handoff: DeskHandoff }
  | { id: number; type: "handoff.updated"; handoff: DeskHandoff }
  | { id: number; type: "message"; handoffId: string; conversationId: string; message: ChatMessage }
  | { id: number; type: "ticket"; ticket: LiveTicket }
  | { id: number; type: "callback"; callback: LiveCallback }
  | { id: number; type: "agent"; agent: LiveAgent };

const handoffUrl = (id: string) => `/api/desk/handoffs/${encodeURIComponent(id)}`;
const post = (body: unknown = {}): RequestInit => ({ method: "POST", body: JSON.stringify(body) });

export const listDeskHandoffs = (query: { view?: "open" | "closed"; scope?: "mine" | "all" } = {}) =>
  requestJson<DeskHandoffsResponse>(`/api/desk/handoffs?${new URLSearchParams(query).toString()}`);
export const getDeskHandoff = (id: string) => requestJson<{ handoff: DeskHandoffDetail }>(handoffUrl(id));
/** 409 `conflict` "Already taken by X." when another agent was first. */
export const acceptHandoff = (id: string) => requestJson<{ handoff: DeskHandoffDetail }>(`${handoffUrl(id)}/accept`, post());
export const sendAgentMessage = (id: string, text: string) =>
  requestJson<{ message: ChatMessage }>(`${handoffUrl(id)}/messages`, post({ text }));
export const resolveHandoff = (id: string, note?: string) =>
  requestJson<{ handoff: DeskHandoffDetail }>(`${handoffUrl(id)}/resolve`, post(note === undefined ? {} : { note }));
/** The bot continues on the Handoff node's `handed_back` port with `{{handoff_note}}` = note. */
export const handBackHandoff = (id: string, note: string) =>
  requestJson<{ handoff: DeskHandoffDetail }>(`${handoffUrl(id)}/hand-back`, post({ note }));
/** Back to `queued` in another queue (the user stays connected, no timeout while transferred). */
export const transferHandoff = (id: string, queue: string, note?: string) =>
  requestJson<{ handoff: DeskHandoffDetail }>(`${handoffUrl(id)}/transfer`, post(note === undefined ? { queue } : { queue, note }));

/** `GET /api/desk/me`: my agent profile (404 when I am not set up as an agent). */
export const getDeskMe = () => requestJson<{ agent: LiveAgent }>("/api/desk/me");
/** Stores my presence and stamps `lastSeenAt`; call it as a heartbeat too. */
export const setPresence = (presence: Presence) =>
  requestJson<{ agent: LiveAgent }>("/api/desk/presence", { method: "PUT", body: JSON.stringify({ presence }) });

export const listTickets = (status?: TicketStatus) =>
  requestJson<{ tickets: LiveTicket[] }>(`/api/desk/tickets${status ? `?status=${status}` : ""}`);
export const updateTicket = (id: string, status: TicketStatus) =>
  requestJson<{ ticket: LiveTicket }>(`/api/desk/tickets/${encodeURIComponent(id)}`, { method: "PATCH", body: JSON.stringify({ status }) });
export const listCallbacks = (status?: CallbackStatus) =>
  requestJson<{ callbacks: LiveCallback[] }>(`/api/desk/callbacks${status ? `?status=${status}` : ""}`);
export const updateCallback = (id: string, status: CallbackStatus) =>
  requestJson<{ callback: LiveCallback }>(`/api/desk/callbacks/${encodeURIComponent(id)}`, { method: "PATCH", body: JSON.stringify({ status }) });

/** For `new EventSource(url)` (same-origin cookies authenticate it). */
export const deskEventsUrl = (lastEventId?: number) => `/api/desk/events${lastEventId === undefined ? "" : `?lastEventId=${lastEventId}`}`;

/* ───────────────────────────── settings (admin) ───────────────────────────── */

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
/** "HH:MM" local times; `to` is exclusive. A day without intervals is closed. */
export interface HoursInterval {
  from: string;
  to: string;
}
export type WeeklyHours = { [day in Weekday]: HoursInterval[] };

export interface LiveQueue {
  id: string;
  name: string;
  hours: WeeklyHours;
  /** IANA time zone, e.g. "Europe/London". */
  timeZone: string;
  /** "YYYY-MM-DD" dates (in the queue's zone) when the queue is closed all day. */
  holidays: string[];
  /** Seconds a user waits for an agent before the bot takes over (overrides the node when > 0). */
  waitTimeoutSec: number;
  /** Most handoffs waiting at once; more → unavailable ("full"). */
  capacity: number;
  createdAt: string;
  updatedAt: string;
  /** Computed: open right now, agents online with free capacity, waiting handoffs. */
  live: { open: boolean; agentsAvailable: number; waiting: number };
}
export type QueueInput = Pick<LiveQueue, "name" | "hours" | "timeZone" | "holidays" | "waitTimeoutSec" | "capacity">;

export type AgentInput = { userId: string; displayName: string; queues: string[]; maxConcurrent: number };

export type WebhookEvent = "handoff.requested" | "handoff.assigned" | "handoff.resolved" | "handoff.handed_back" | "ticket.created" | "callback.scheduled";
export interface LiveWebhook {
  id: string;
  url: string;
  /** Never returned in full: the first 4 characters and a mask. */
  secretHint: string;
  events: WebhookEvent[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}
export type WebhookInput = { url: string; secret: string; events: WebhookEvent[]; active: boolean };

/** Every attempt to deliver one event. Failed attempts carry `error` and (if retried) `nextAttemptAt`. */
export interface WebhookDelivery {
  id: number;
  webhookId: string;
  event: WebhookEvent;
  payload: unknown;
  attempt: number;
  statusCode: number | null;
  error: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

const json = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body) });

export const listQueues = () => requestJson<{ queues: LiveQueue[] }>("/api/settings/queues");
export const createQueue = (input: QueueInput) => requestJson<{ queue: LiveQueue }>("/api/settings/queues", json("POST", input));
export const updateQueue = (id: string, input: QueueInput) =>
  requestJson<{ queue: LiveQueue }>(`/api/settings/queues/${encodeURIComponent(id)}`, json("PUT", input));
export const deleteQueue = (id: string) => requestJson<{ ok: true }>(`/api/settings/queues/${encodeURIComponent(id)}`, { method: "DELETE" });

export const listAgents = () => requestJson<{ agents: LiveAgent[] }>("/api/settings/agents");
/** Creates or replaces the agent profile of `userId` (the user must exist). */
export const saveAgent = (input: AgentInput) => requestJson<{ agent: LiveAgent }>("/api/settings/agents", json("POST", input));
export const deleteAgent = (userId: string) =>
  requestJson<{ ok: true }>(`/api/settings/agents/${encodeURIComponent(userId)}`, { method: "DELETE" });

export const listWebhooks = () => requestJson<{ webhooks: LiveWebhook[] }>("/api/settings/webhooks");
export const createWebhook = (input: WebhookInput) => requestJson<{ webhook: LiveWebhook }>("/api/settings/webhooks", json("POST", input));
/** `secret` may be omitted to keep the current one. */
export const updateWebhook = (id: string, input: Omit<WebhookInput, "secret"> & { secret?: string }) =>
  requestJson<{ webhook: LiveWebhook }>(`/api/settings/webhooks/${encodeURIComponent(id)}`, json("PUT", input));
export const deleteWebhook = (id: string) => requestJson<{ ok: true }>(`/api/settings/webhooks/${encodeURIComponent(id)}`, { method: "DELETE" });
export const listWebhookDeliveries = (id: string) =>
  requestJson<{ deliveries: WebhookDelivery[] }>(`/api/settings/webhooks/${encodeURIComponent(id)}/deliveries`);
