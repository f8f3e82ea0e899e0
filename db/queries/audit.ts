import { desc, lt } from "drizzle-orm";
import type { AuditEntry } from "@/lib/auth/records";
import { auditLog } from "../auth-schema";
import type { Queryable } from "../open";

export type { AuditEntry };

export function insertAuditEntry(
  db: Queryable,
  entry: { at: Date; actorId: string | null; actorEmail: string | null; action: string; target: string | null; details: unknown },
): void {
  db.insert(auditLog).values(entry).run();
}

/** Newest first; `before` (an entry id) pages back through older entries. */
export function listAuditEntries(db: Queryable, options: { limit?: number; before?: number } = {}): AuditEntry[] {
  const rows = db
    .select()
    .from(auditLog)
    .where(options.before === undefined ? undefined : lt(auditLog.id, options.before))
    .orderBy(desc(auditLog.id))
    .limit(options.limit ?? 100)
    .all();
  return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
}
