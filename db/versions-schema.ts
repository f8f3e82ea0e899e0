import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth-schema";
import { flows } from "./schema";

/**
 * Published, immutable versions of a flow: the draft frozen at publish time. `version` counts
 * 1, 2, 3… per flow; `bundle` is the compiled runtime bundle as the exact JSON text that is served
 * and exported (so its bytes, and `bundleHash`, never change); `document` is the draft it came
 * from, for viewing, diffing and restoring. Rows are only ever inserted: a database trigger
 * (added in the migration) refuses UPDATE.
 */
export const flowVersions = sqliteTable(
  "flow_versions",
  {
    id: text("id").primaryKey(),
    flowId: text("flow_id")
      .notNull()
      .references(() => flows.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    note: text("note").notNull().default(""),
    /** Who published; null for versions published before sign-in existed (or by a deleted user). */
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    /** The author's name and email as they were at publish time, kept when the user is deleted. */
    authorName: text("author_name"),
    authorEmail: text("author_email"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
    bundle: text("bundle").notNull(),
    bundleHash: text("bundle_hash").notNull(),
    document: text("document", { mode: "json" }).notNull(),
  },
  (table) => [
    uniqueIndex("flow_versions_flow_version_idx").on(table.flowId, table.version),
    index("flow_versions_hash_idx").on(table.bundleHash),
  ],
);

export type FlowVersionRow = typeof flowVersions.$inferSelect;
