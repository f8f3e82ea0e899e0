import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Flows as designers edit them. `document` is the draft flow document (JSON); `revision` grows by
 * one on every save and guards against silent overwrites (optimistic concurrency). Deleting sets
 * `deletedAt` so a flow can be restored.
 */
export const flows = sqliteTable(
  "flows",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    document: text("document", { mode: "json" }).notNull(),
    revision: integer("revision").notNull().default(1),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
    deletedAt: integer("deleted_at", { mode: "timestamp_ms" }),
  },
  (table) => [index("flows_updated_at_idx").on(table.updatedAt)],
);

export type FlowRow = typeof flows.$inferSelect;

/** Facts about this installation, e.g. `seeded_at` so the demo content is added only once. */
export const appMeta = sqliteTable("app_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/**
 * Conversation test cases saved from the preview, stored with their flow. `case` is the runtime's
 * test-case JSON exactly (lib/flow/test-case.ts), so it can be exported and run by the CLI as is;
 * `name` mirrors `case.name` for listing.
 */
export const flowTestCases = sqliteTable(
  "flow_test_cases",
  {
    id: text("id").primaryKey(),
    flowId: text("flow_id")
      .notNull()
      .references(() => flows.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    case: text("case", { mode: "json" }).notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
  },
  (table) => [index("flow_test_cases_flow_idx").on(table.flowId)],
);

export type FlowTestCaseRow = typeof flowTestCases.$inferSelect;

/** A tester's note about one preview conversation, with the transcript it is about. */
export const testerNotes = sqliteTable(
  "tester_notes",
  {
    id: text("id").primaryKey(),
    flowId: text("flow_id")
      .notNull()
      .references(() => flows.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    author: text("author"),
    transcript: text("transcript", { mode: "json" }).notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
  },
  (table) => [index("tester_notes_flow_idx").on(table.flowId)],
);

export type TesterNoteRow = typeof testerNotes.$inferSelect;
