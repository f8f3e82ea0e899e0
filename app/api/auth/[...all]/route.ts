import { authForRequest } from "@/lib/auth/auth-instance";
import { clientAddress, createSignInLimits } from "@/lib/auth/sign-in-limits";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/server/http";
import { rateLimitedError, retryAfterHeaders } from "@/lib/server/rate-limit";

export const dynamic = "force-dynamic";

// Only what Baton's pages use is reachable; better-auth's other endpoints (sign-up, the admin
// plugin's user management…) stay internal so they cannot bypass our checks and audit log.
const PUBLIC_ENDPOINTS = new Set(["POST /sign-in/email", "POST /sign-out", "GET /get-session"]);

const limits = createSignInLimits();

async function handle(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname.replace(/^\/api\/auth/, "");
  if (!PUBLIC_ENDPOINTS.has(`${request.method} ${path}`)) {
    return errorResponse(new AppError("not_found", `No auth endpoint ${request.method} /api/auth${path}.`));
  }
  if (path !== "/sign-in/email") return authForRequest(request).handler(request);

  const email = await emailOf(request);
  const ip = clientAddress(request.headers);
  const verdict = limits.check(ip, email);
  if (!verdict.ok) {
    const error = rateLimitedError(verdict.retryAfterSec, "Too many sign-in attempts.");
    const response = errorResponse(error);
    for (const [name, value] of Object.entries(retryAfterHeaders(error))) response.headers.set(name, value);
    return response;
  }
  const response = await authForRequest(request).handler(request);
  if (response.ok) limits.succeeded(ip, email);
  return response;
}

async function emailOf(request: Request): Promise<string> {
  try {
    const body: unknown = await request.clone().json();
    if (typeof body === "object" && body !== null && "email" in body && typeof body.email === "string") return body.email;
  } catch {
    // better-auth answers the malformed body itself
  }
  return "";
}

export const GET = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
