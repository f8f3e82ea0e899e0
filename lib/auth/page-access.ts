import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getSessionUser } from "./get-session-user";
import { roleAllows, type Role } from "./roles";
import type { SessionUser } from "./session-user";
import { isSetupOpen } from "./setup";

/** What a page may show: the user, and whether their role may see this page. */
export interface PageAccess {
  user: SessionUser;
  allowed: boolean;
}

/**
 * For server components: the signed-in user and whether `roles` admits them. Nobody signed in →
 * redirect to `/sign-in?next=<nextPath>` (or to `/setup` on a brand-new Baton). A wrong role is
 * not a redirect: the page renders <Forbidden> (see components/auth/role-gate.tsx), so people see
 * why instead of bouncing to sign-in.
 */
export async function requirePageUser(roles: readonly Role[], nextPath: string): Promise<PageAccess> {
  const user = await getSessionUser(await headers());
  if (!user) {
    if (isSetupOpen(getDb())) redirect("/setup");
    redirect(`/sign-in?next=${encodeURIComponent(nextPath)}`);
  }
  return { user, allowed: roleAllows(user.role, roles) };
}
