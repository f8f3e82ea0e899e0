import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { ChatMessage, QuickReply, Speaker } from "@/lib/api/live";
import type { Db, Queryable } from "../../open";
import { preparedPer } from "../prepared";
import { conversationEvents, conversations, messages } from "../../live-schema";

export type ConversationRow = typeof conversations.$inferSelect;

/** Prepared statements of the per-turn hot path, built once per database handle. */
function buildStatements(db: Db) {
  return {
    insert: db
      .insert(conversations)
      .values({
        id: sql.placeholder("id"),
        flowId: sql.placeholder("flowId"),
        flowVersion: sql.placeholder("flowVersion"),
        bundleHash: sql.placeholder("bundleHash"),
        channel: "live",
        state: sql.placeholder("state"),
        status: sql.placeholder("status"),
        tokenHash: sql.placeholder("tokenHash"),
        createdAt: sql`${sql.placeholder("createdAt")}`,
        updatedAt: sql`${sql.placeholder("updatedAt")}`,
      })
      .prepare(),
    load: db.select().from(conversations).where(eq(conversations.id, sql.placeholder("id"))).prepare(),
    tokenHash: db.select({ tokenHash: conversations.tokenHash }).from(conversations).where(eq(conversations.id, sql.placeholder("id"))).prepare(),
    insertMessage: db
      .insert(messages)
      .values({
        conversationId: sql.placeholder("conversationId"),
        seq: sql.placeholder("seq"),
        from: sql.placeholder("from"),
        text: sql.placeholder("text"),
        quickReplies: sql.placeholder("quickReplies"),
        agentName: sql.placeholder("agentName"),
        at: sql.placeholder("at"),
      })
      .prepare(),
    insertEvent: db
      .insert(conversationEvents)
      .values({
        conversationId: sql.placeholder("conversationId"),
        seq: sql.placeholder("seq"),
        type: sql.placeholder("type"),
        payload: sql.placeholder("payload"),
      })
      .prepare(),
    save: db
      .update(conversations)
      .set({
        state: sql`${sql.placeholder("state")}`,
        status: sql`${sql.placeholder("status")}`,
        lastSeq: sql`${sql.placeholder("lastSeq")}`,
        lastEventSeq: sql`${sql.placeholder("lastEventSeq")}`,
        updatedAt: sql`${sql.placeholder("updatedAt")}`,
      })
      .where(eq(conversations.id, sql.placeholder("id")))
      .prepare(),
  };
}

const statements = preparedPer(buildStatements);

export function insertConversation(
  db: Db,
  input: { id: string; flowId: string; flowVersion: number; bundleHash: string; state: string; status: string; tokenHash: string; now: Date },
): void {
  const { now, ...values } = input;
  statements(db).insert.run({ ...values, createdAt: now.getTime(), updatedAt: now.getTime() });
}

export function loadConversation(db: Db, id: string): ConversationRow | undefined {
  return statements(db).load.get({ id });
}

/** Only the token hash (checking a request should not read the whole state). */
export function conversationTokenHash(db: Db, id: string): string | undefined {
  return statements(db).tokenHash.get({ id })?.tokenHash;
}

export interface NewMessage {
  conversationId: string;
  seq: number;
  from: Speaker;
  text: string;
  quickReplies: QuickReply[];
  agentName?: string;
  at: Date;
}

export function insertMessage(db: Db, message: NewMessage): void {
  statements(db).insertMessage.run({
    conversationId: message.conversationId,
    seq: message.seq,
    from: message.from,
    text: message.text,
    quickReplies: message.quickReplies.length ? JSON.stringify(message.quickReplies) : null,
    agentName: message.agentName ?? null,
    at: message.at,
  });
}

export function insertConversationEvent(db: Db, event: { conversationId: string; seq: number; type: string; payload: string }): void {
  statements(db).insertEvent.run(event);
}

export function saveConversation(db: Db, input: { id: string; state: string; status: string; lastSeq: number; lastEventSeq: number; updatedAt: Date }): void {
  statements(db).save.run({ ...input, updatedAt: input.updatedAt.getTime() });
}

/** The whole transcript, in order. */
export function listMessages(db: Queryable, conversationId: string): ChatMessage[] {
  return db
    .select()
    .from(messages)
    .where(eq(messages.conversationId, conversationId))
    .orderBy(asc(messages.seq))
    .all()
    .map(toChatMessage);
}

export function countMessages(db: Queryable): number {
  return db.select({ count: sql<number>`count(*)` }).from(messages).get()?.count ?? 0;
}

/** Stored chat events after `seq` (for `Last-Event-ID` replay). */
export function conversationEventsAfter(db: Queryable, conversationId: string, seq: number): { seq: number; payload: string }[] {
  return db
    .select({ seq: conversationEvents.seq, payload: conversationEvents.payload })
    .from(conversationEvents)
    .where(and(eq(conversationEvents.conversationId, conversationId), gt(conversationEvents.seq, seq)))
    .orderBy(asc(conversationEvents.seq))
    .all();
}

export function toChatMessage(row: typeof messages.$inferSelect): ChatMessage {
  const message: ChatMessage = {
    seq: row.seq,
    from: readSpeaker(row.from),
    text: row.text,
    quickReplies: row.quickReplies ? readQuickReplies(row.quickReplies) : [],
    at: row.at.toISOString(),
  };
  if (row.agentName) message.agentName = row.agentName;
  return message;
}

function readSpeaker(value: string): Speaker {
  return value === "user" || value === "agent" || value === "system" ? value : "bot";
}

function readQuickReplies(text: string): QuickReply[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) return [];
  const out: QuickReply[] = [];
  for (const item of value) {
    if (typeof item !== "object" || item === null || !("label" in item) || typeof item.label !== "string") continue;
    const reply: QuickReply = { label: item.label };
    if ("value" in item && typeof item.value === "string") reply.value = item.value;
    out.push(reply);
  }
  return out;
}
