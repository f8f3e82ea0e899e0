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
