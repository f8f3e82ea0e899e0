import { randomUUID } from "node:crypto";
import { desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "../open";
import { testerNotes, type TesterNoteRow } from "../schema";
import { getFlow } from "./flows";

/** One line of the conversation a note is about, as the tester saw it. */
export const noteTranscriptLineSchema = z.object({
  from: z.enum(["user", "bot", "agent", "system"]),
  text: z.string().max(10_000),
  at: z.string().max(100).optional(),
});
export type NoteTranscriptLine = z.infer<typeof noteTranscriptLineSchema>;

/** A tester's note as the API returns it. */
export interface TesterNoteRecord {
  id: string;
  flowId: string;
  text: string;
  author: string | null;
  transcript: NoteTranscriptLine[];
  createdAt: string;
}

/** The flow's notes, newest first. 404 for an unknown flow. */
export function listTesterNotes(db: Queryable, flowId: string): TesterNoteRecord[] {
  getFlow(db, flowId);
  return db.select().from(testerNotes).where(eq(testerNotes.flowId, flowId)).orderBy(desc(testerNotes.createdAt), sql`rowid desc`).all().map(toRecord);
}

export function createTesterNote(
  db: Queryable,
  flowId: string,
  input: { text: string; author?: string | undefined; transcript: NoteTranscriptLine[] },
  now = new Date(),
): TesterNoteRecord {
  getFlow(db, flowId);
  const row = db
    .insert(testerNotes)
    .values({ id: randomUUID(), flowId, text: input.text, author: input.author ?? null, transcript: input.transcript, createdAt: now })
    .returning()
    .get();
  return toRecord(row);
}

function toRecord(row: TesterNoteRow): TesterNoteRecord {
  const transcript = z.array(noteTranscriptLineSchema).safeParse(row.transcript);
  return {
    id: row.id,
    flowId: row.flowId,
    text: row.text,
    author: row.author,
    transcript: transcript.success ? transcript.data : [],
    createdAt: row.createdAt.toISOString(),
  };
}
