import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { ApiKeyRecord } from "@/lib/auth/records";
import { AppError } from "@/lib/errors";
import { apiKeys, type ApiKeyRow } from "../auth-schema";
import type { Queryable } from "../open";

/** Every key starts with this, so leaked keys are easy to recognise (and to scan for). */
export const API_KEY_PREFIX = "baton_";
// How much of the key is kept in clear to tell keys apart: the prefix plus 6 random characters.
const SHOWN_CHARACTERS = API_KEY_PREFIX.length + 6;

export type { ApiKeyRecord };

function toRecord(row: ApiKeyRow): ApiKeyRecord {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** SHA-256 is enough here: keys carry 256 random bits, so there is nothing to guess or stretch. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/**
 * Makes a new key and stores only its hash. The returned `key` is the one and only time anyone
 * sees it; show it once and let the admin copy it.
 */
export function createApiKey(db: Queryable, input: { name: string; createdBy: string | null; now?: Date }): { key: string; apiKey: ApiKeyRecord } {
  const key = API_KEY_PREFIX + randomBytes(32).toString("base64url");
  const row = db
    .insert(apiKeys)
    .values({ id: randomUUID(), name: input.name, prefix: key.slice(0, SHOWN_CHARACTERS), hash: hashApiKey(key), createdBy: input.createdBy, createdAt: input.now ?? new Date() })
    .returning()
    .get();
  return { key, apiKey: toRecord(row) };
}

export function listApiKeys(db: Queryable): ApiKeyRecord[] {
  return db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt)).all().map(toRecord);
}

/** Revokes a key for good (idempotent); 404 for an unknown id. */
export function revokeApiKey(db: Queryable, id: string, now = new Date()): ApiKeyRecord {
  const row = db.select().from(apiKeys).where(eq(apiKeys.id, id)).get();
  if (!row) throw new AppError("not_found", `No API key with id "${id}".`, { id });
  if (row.revokedAt) return toRecord(row);
  return toRecord(db.update(apiKeys).set({ revokedAt: now }).where(eq(apiKeys.id, id)).returning().get() ?? row);
}

/**
 * Checks the key in an `Authorization: Bearer …` (or bare `X-Api-Key`) header value: returns the
 * key's record and notes when it was last used, or null when it is missing, unknown or revoked.
 */
export function verifyApiKey(db: Queryable, header: string | null | undefined, now = new Date()): ApiKeyRecord | null {
  const key = (header ?? "").trim().replace(/^bearer\s+/i, "").trim();
  if (!key.startsWith(API_KEY_PREFIX)) return null;
  const row = db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.hash, hashApiKey(key)), isNull(apiKeys.revokedAt)))
    .returning()
    .get();
  return row ? toRecord(row) : null;
}
