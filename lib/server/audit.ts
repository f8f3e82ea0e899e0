import { insertAuditEntry } from "@/db/queries/audit";
import type { Queryable } from "@/db/open";

/** Everything Baton records in the audit log. Add new actions here so the log stays greppable. */
export type AuditAction =
  | "setup.admin_created"
  | "user.created"
  | "user.role_changed"
  | "user.disabled"
  | "user.enabled"
  | "user.deleted"
  | "account.password_changed"
  | "api_key.created"
  | "api_key.revoked"
  | "settings.changed"
  | "flow.published";

/** Who did it: a signed-in user, or `null` for Baton itself (start-up tasks, seeds). */
export interface AuditActor {
  id: string;
  email: string;
}

/**
 * Appends one entry to the audit log: who (`actor`), what (`action` on `target`), when (`now`),
 * and `details` (JSON, e.g. `{ from: "designer", to: "admin" }`). Never store secrets in details.
 * Accepts an open transaction so the entry commits or rolls back with the change it describes.
 */
export function recordAudit(
  db: Queryable,
  entry: { actor: AuditActor | null; action: AuditAction; target?: string | null; details?: unknown; now?: Date },
): void {
  insertAuditEntry(db, {
    at: entry.now ?? new Date(),
    actorId: entry.actor?.id ?? null,
    actorEmail: entry.actor?.email ?? null,
    action: entry.action,
    target: entry.target ?? null,
    details: entry.details ?? null,
  });
}
