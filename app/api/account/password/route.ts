import { isAPIError } from "better-auth/api";
import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { authForRequest } from "@/lib/auth/auth-instance";
import { requireUser } from "@/lib/auth/require-user";
import { ROLES } from "@/lib/auth/roles";
import { changePasswordBody } from "@/lib/auth/schemas";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { readJson, route } from "@/lib/server/http";
import { createRateLimiter, enforceRateLimit } from "@/lib/server/rate-limit";

export const dynamic = "force-dynamic";

// Checking the current password is a password guess too: same pace as sign-in.
const attempts = createRateLimiter({ limit: 5, windowMs: 60_000 });

/** Changes the signed-in user's password and signs out their other sessions. */
export const POST = route(async (request: Request) => {
  const me = await requireUser(request, ROLES);
  enforceRateLimit(attempts, me.id, "Too many password attempts.");
  const body = await readJson(request, changePasswordBody);
  let setCookies: string[];
  try {
    const { headers } = await authForRequest(request).api.changePassword({
      headers: request.headers,
      body: { currentPassword: body.currentPassword, newPassword: body.newPassword, revokeOtherSessions: true },
      returnHeaders: true,
    });
    setCookies = headers.getSetCookie();
  } catch (error) {
    if (isAPIError(error) && error.body?.code === "INVALID_PASSWORD") {
      throw new AppError("validation_failed", "The current password is not right.", [{ path: "currentPassword", message: "This is not your current password" }]);
    }
    throw error;
  }
  recordAudit(getDb(), { actor: me, action: "account.password_changed", target: me.email });
  const response = NextResponse.json({ ok: true });
  // The session was renewed (others were revoked): pass the new cookie on.
  for (const cookie of setCookies) response.headers.append("set-cookie", cookie);
  return response;
});
