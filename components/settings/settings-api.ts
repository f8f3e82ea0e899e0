import { z } from "zod";
import { sendJson } from "@/components/auth/api-error";
import type { ApiKeyRecord, AuditEntry, UserRecord } from "@/lib/auth/records";
import { roleSchema, type Role } from "@/lib/auth/roles";

// Answers are parsed, not cast: a server/client mismatch shows as an error, not as undefined.
const userRecord: z.ZodType<UserRecord> = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: roleSchema.nullable(),
  disabled: z.boolean(),
  createdAt: z.string(),
});
const apiKeyRecord: z.ZodType<ApiKeyRecord> = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
const auditEntry: z.ZodType<AuditEntry> = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  details: z.unknown(),
});

const usersAnswer = z.object({ users: z.array(userRecord), me: z.string(), demoUsers: z.array(z.string()) });
export type UsersAnswer = z.infer<typeof usersAnswer>;

export const settingsKeys = { users: ["settings", "users"], apiKeys: ["settings", "api-keys"], audit: ["settings", "audit"] } as const;

export async function fetchUsers(): Promise<UsersAnswer> {
  return usersAnswer.parse(await sendJson("/api/admin/users"));
}

export async function createUser(input: { name: string; email: string; password: string; role: Role }): Promise<UserRecord> {
  return z.object({ user: userRecord }).parse(await sendJson("/api/admin/users", { body: input })).user;
}

export async function updateUser(id: string, change: { role?: Role; disabled?: boolean }): Promise<UserRecord> {
  return z.object({ user: userRecord }).parse(await sendJson(`/api/admin/users/${encodeURIComponent(id)}`, { method: "PATCH", body: change })).user;
}

export async function deleteUser(id: string): Promise<void> {
  await sendJson(`/api/admin/users/${encodeURIComponent(id)}`, { method: "DELETE" });
}

export async function fetchApiKeys(): Promise<ApiKeyRecord[]> {
  return z.object({ apiKeys: z.array(apiKeyRecord) }).parse(await sendJson("/api/keys")).apiKeys;
}

export async function createApiKey(name: string): Promise<{ key: string; apiKey: ApiKeyRecord }> {
  return z.object({ key: z.string(), apiKey: apiKeyRecord }).parse(await sendJson("/api/keys", { body: { name } }));
}

export async function revokeApiKey(id: string): Promise<void> {
  await sendJson(`/api/keys/${encodeURIComponent(id)}`, { method: "DELETE" });
}

export async function fetchAudit(): Promise<AuditEntry[]> {
  return z.object({ entries: z.array(auditEntry) }).parse(await sendJson("/api/admin/audit?limit=200")).entries;
}
