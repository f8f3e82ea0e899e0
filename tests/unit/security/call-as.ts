import type { DiscoveredRoute } from "./route-files";

export const TEST_ORIGIN = "http://localhost";

/** What one call of the table sends besides the caller's cookie. */
export interface CallInput {
  /** Overrides the URL path (e.g. which better-auth endpoint a catch-all gets). */
  path?: string;
  /** Overrides the dummy value of a dynamic segment (every segment is `unknown` by default). */
  params?: Record<string, string>;
  /** Mutations send `{}` unless told otherwise. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  /** The `error.code` of a JSON error answer, if any. */
  code: string | null;
  message: string | null;
}

/**
 * Calls a route in-process like a browser page of this Baton would: same-site Origin, the
 * caller's session cookie (none for anonymous), dummy ids. Streams (SSE) are not read: the status
 * and headers are all an auth decision needs, so the request is aborted once they arrive.
 */
export async function callAs(route: DiscoveredRoute, cookie: string | null, input: CallInput = {}): Promise<CallResult> {
  const params = dummyParams(route.pattern, input.params);
  const mutation = !["GET", "HEAD", "OPTIONS"].includes(route.method);
  const body = mutation ? JSON.stringify(input.body ?? {}) : undefined;
  const headers: Record<string, string> = { origin: TEST_ORIGIN, ...(body === undefined ? {} : { "content-type": "application/json" }), ...input.headers };
  if (cookie) headers.cookie = cookie;
  const abort = new AbortController();
  const request = new Request(TEST_ORIGIN + (input.path ?? concretePath(route.pattern, params)), { method: route.method, body, headers, signal: abort.signal });
  try {
    const response = await route.handler(request, { params: Promise.resolve(params) });
    return { status: response.status, ...(await errorOf(response)) };
  } finally {
    abort.abort();
  }
}

function dummyParams(pattern: string, overrides: Record<string, string> = {}): Record<string, string> {
  const params: Record<string, string> = {};
  for (const match of pattern.matchAll(/[:*](\w+)/g)) {
    const name = match[1];
    if (name) params[name] = overrides[name] ?? "unknown";
  }
  return params;
}

function concretePath(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/[:*](\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? "unknown"));
}

async function errorOf(response: Response): Promise<{ code: string | null; message: string | null }> {
  if (!response.headers.get("content-type")?.includes("application/json")) {
    await response.body?.cancel();
    return { code: null, message: null };
  }
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : null;
  if (typeof parsed !== "object" || parsed === null || !("error" in parsed)) return { code: null, message: null };
  const error: unknown = parsed.error;
  if (typeof error !== "object" || error === null) return { code: null, message: null };
  const code = "code" in error && typeof error.code === "string" ? error.code : null;
  const message = "message" in error && typeof error.message === "string" ? error.message : null;
  return { code, message };
}
