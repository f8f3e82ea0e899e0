import type { Role } from "./roles";

// The shapes the accounts API answers with, shared by db/queries (which build them) and the
// settings components (which show them) without components importing db/.

/** A user as the settings page shows it (no credentials, dates as ISO strings). */
export interface UserRecord {
  id: string;
  name: string;
  email: string;
  role: Role | null;
  disabled: boolean;
  createdAt: string;
}

/** An API key as listed (never the key itself). */
export interface ApiKeyRecord {
  id: string;
  name: string;
  prefix: string;
  createdBy: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** An audit entry as the API returns it. */
export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  target: string | null;
  details: unknown;
}
