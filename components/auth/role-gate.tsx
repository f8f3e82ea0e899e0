import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/auth/page-access";
import type { Role } from "@/lib/auth/roles";
import { Forbidden } from "./forbidden";

/**
 * Wrap a page's content to require a role: anonymous visitors are sent to sign in (and back to
 * `nextPath` afterwards), signed-in users without the role see the 403 page, everyone else sees
 * `children`. Admins pass every gate.
 */
export async function RoleGate({ roles, nextPath, children }: { roles: readonly Role[]; nextPath: string; children: ReactNode }) {
  const { user, allowed } = await requirePageUser(roles, nextPath);
  if (!allowed) return <Forbidden user={user} needs={roles} />;
  return <>{children}</>;
}
