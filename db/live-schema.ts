import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth-schema";

const createdAt = () => integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`);
const updatedAt = () => integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`);

/**
 * Runtime bundles that live conversations run on, by content hash. A conversation stores the
 * hash, so it keeps its bundle even when the flow is edited or republished mid-conversation; one
 * row serves every conversation on the same bundle.
 */
export const liveBundles = sqliteTable("live_bundles", {
  hash: text("hash").primaryKey(),
  flowId: text("flow_id").notNull(),
  /** Published version, 0 for a compiled draft. */
  version: integer("version").notNull(),
  bundle: text("bundle").notNull(),
  createdAt: createdAt(),
});

/**
 * A live conversation: the runtime state (JSON text, parsed once per turn), the runtime status,
 * and the hash of the secret token the user's browser holds. `lastSeq`/`lastEventSeq` hand out
 * message and event numbers inside the turn's transaction.
 */
export const conversations = sqliteTable(
  "conversations",
  {
    id: text("id").primaryKey(),
    flowId: text("flow_id").notNull(),
    flowVersion: integer("flow_version").notNull(),
    bundleHash: text("bundle_hash")
      .notNull()
      .references(() => liveBundles.hash),
    state: text("state").notNull(),
    status: text("status").notNull(),
    channel: text("channel").notNull().default("live"),
    tokenHash: text("token_hash").notNull(),
    lastSeq: integer("last_seq").notNull().default(0),
    lastEventSeq: integer("last_event_seq").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("conversations_flow_idx").on(table.flowId, table.createdAt)],
);

/** Every line of a live conversation, numbered per conversation. */
export const messages = sqliteTable(
  "messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    from: text("from").notNull(),
    text: text("text").notNull(),
    quickReplies: text("quick_replies"),
    agentName: text("agent_name"),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [uniqueIndex("messages_conversation_seq_idx").on(table.conversationId, table.seq)],
);

/** What the chat SSE stream sent, kept for `Last-Event-ID` replay. */
export const conversationEvents = sqliteTable(
  "conversation_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    type: text("type").notNull(),
    payload: text("payload").notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("conversation_events_seq_idx").on(table.conversationId, table.seq)],
);

/**
 * One handoff to a person. `runtimeId` is the runtime's own id (h1, h2…) inside the conversation.
 * At most one open (queued/assigned) handoff per conversation, enforced by a partial unique index.
 * `waitDeadline` is set while queued: the scheduler fires the timeout from it, even after a restart.
 */
export const handoffs = sqliteTable(
  "handoffs",
  {
    id: text("id").primaryKey(),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    runtimeId: text("runtime_id").notNull(),
    trigger: text("trigger").notNull(),
    nodeId: text("node_id").notNull(),
    handoffNodeId: text("handoff_node_id").notNull(),
    queue: text("queue").notNull(),
    priority: text("priority").notNull(),
    /** 0 = urgent … 3 = low, so the queue sorts with one index. */
    priorityRank: integer("priority_rank").notNull(),
    status: text("status").notNull(),
    context: text("context").notNull(),
    transcript: text("transcript").notNull(),
    summary: text("summary").notNull().default(""),
    lastUserMessage: text("last_user_message"),
    agentId: text("agent_id"),
    agentName: text("agent_name"),
    note: text("note"),
    requestedAt: integer("requested_at", { mode: "timestamp_ms" }).notNull(),
    assignedAt: integer("assigned_at", { mode: "timestamp_ms" }),
    endedAt: integer("ended_at", { mode: "timestamp_ms" }),
    waitDeadline: integer("wait_deadline", { mode: "timestamp_ms" }),
  },
  (table) => [
    index("handoffs_queue_status_idx").on(table.status, table.queue, table.priorityRank, table.requestedAt),
    index("handoffs_agent_status_idx").on(table.agentId, table.status),
    index("handoffs_deadline_idx").on(table.waitDeadline),
    index("handoffs_ended_idx").on(table.queue, table.endedAt),
    // the recent handle times behind every wait estimate: only chats an agent took, so timed-out
    // handoffs (most of them in a busy line) are not scanned on every enqueue
    index("handoffs_handled_idx")
      .on(table.queue, table.endedAt)
      .where(sql`assigned_at is not null`),
    uniqueIndex("handoffs_one_open_idx")
      .on(table.conversationId)
      .where(sql`status in ('queued', 'assigned')`),
  ],
);

export const tickets = sqliteTable(
  "tickets",
  {
    id: text("id").primaryKey(),
    reference: text("reference").notNull().unique(),
    conversationId: text("conversation_id").references(() => conversations.id, { onDelete: "set null" }),
    queue: text("queue").notNull(),
    email: text("email").notNull(),
    description: text("description").notNull(),
    status: text("status").notNull().default("open"),
    context: text("context"),
    transcript: text("transcript").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("tickets_status_idx").on(table.status, table.createdAt)],
);

export const callbacks = sqliteTable(
  "callbacks",
  {
    id: text("id").primaryKey(),
    reference: text("reference").notNull().unique(),
    conversationId: text("conversation_id").references(() => conversations.id, { onDelete: "set null" }),
    queue: text("queue").notNull(),
    phone: text("phone").notNull(),
    slotAt: integer("slot_at", { mode: "timestamp_ms" }).notNull(),
    slotLabel: text("slot_label").notNull(),
    status: text("status").notNull().default("scheduled"),
    context: text("context"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("callbacks_status_idx").on(table.status, table.slotAt)],
);

/** A user who works the desk: presence, capacity and the queues they serve (JSON array of names). */
export const agents = sqliteTable("agents", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  displayName: text("display_name").notNull(),
  presence: text("presence").notNull().default("offline"),
  lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }),
  maxConcurrent: integer("max_concurrent").notNull().default(3),
  queues: text("queues").notNull().default("[]"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A queue's business hours (JSON per weekday), IANA time zone, holidays, wait timeout and capacity. */
export const queues = sqliteTable("queues", {
  id: text("id").primaryKey(),
  name: text("name").notNull().unique(),
  hours: text("hours").notNull(),
  timeZone: text("time_zone").notNull(),
  holidays: text("holidays").notNull().default("[]"),
  waitTimeoutSec: integer("wait_timeout_sec").notNull().default(0),
  capacity: integer("capacity").notNull().default(50),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const webhooks = sqliteTable("webhooks", {
  id: text("id").primaryKey(),
  url: text("url").notNull(),
  secret: text("secret").notNull(),
  events: text("events").notNull(),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** One attempt to deliver one event; `nextAttemptAt` is set on a failed attempt that will be retried. */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    webhookId: text("webhook_id")
      .notNull()
      .references(() => webhooks.id, { onDelete: "cascade" }),
    event: text("event").notNull(),
    payload: text("payload").notNull(),
    attempt: integer("attempt").notNull(),
    statusCode: integer("status_code"),
    error: text("error"),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }),
    deliveredAt: integer("delivered_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (table) => [index("webhook_deliveries_webhook_idx").on(table.webhookId, table.id), index("webhook_deliveries_next_idx").on(table.nextAttemptAt)],
);

/** What the desk SSE stream sent, for `Last-Event-ID` replay; `queue`/`agentId` filter who sees it. */
export const deskEvents = sqliteTable(
  "desk_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    type: text("type").notNull(),
    queue: text("queue"),
    agentId: text("agent_id"),
    payload: text("payload").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("desk_events_created_idx").on(table.createdAt)],
);
