import { z } from "zod";

/**
 * The three roles. A user has exactly one: `admin` (settings, users, API keys, and everything a
 * designer or an agent can do), `designer` (flows, preview, publish, analytics), `agent` (desk).
 */
export const ROLES = ["admin", "designer", "agent"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, string> = { admin: "Admin", designer: "Designer", agent: "Agent" };

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: "Everything: settings, users, API keys, flows and the desk",
  designer: "Flows, preview, publish and analytics",
  agent: "The agent desk",
};

/** Reads a stored role; anything unknown (an old or hand-edited row) gets no rights at all. */
export function parseRole(value: unknown): Role | null {
  const parsed = roleSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Whether a user with `role` may do something open to `allowed`. Admin includes every other role,
 * so routes list only the least role they need (`["designer"]`, `["agent"]`, `["admin"]`).
 */
export function roleAllows(role: Role | null, allowed: readonly Role[]): boolean {
  if (role === null) return false;
  return role === "admin" || allowed.includes(role);
}
