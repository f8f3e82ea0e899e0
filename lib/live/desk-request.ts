import "server-only";
import { requireUser } from "@/lib/auth/require-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { liveContext, type LiveContext } from "./context";
import { deskActor, type DeskActor } from "./desk-actor";

/** For desk route handlers: a signed-in agent (or admin), the live context and their desk identity. */
export async function deskRequest(request: Request): Promise<{ user: SessionUser; ctx: LiveContext; actor: DeskActor }> {
  const user = await requireUser(request, ["agent"]);
  const ctx = liveContext();
  return { user, ctx, actor: deskActor(ctx.db, user) };
}
