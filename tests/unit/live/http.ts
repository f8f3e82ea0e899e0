import { getAuth } from "@/lib/auth/auth-instance";
import { createUserAccount } from "@/lib/auth/create-user";
import { sessionCookie, setupAdmin } from "../auth/auth-client";

export const ORIGIN = "http://localhost";

/** Any route handler of the live APIs. */
export type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export interface Answer<T> {
  status: number;
  body: T & { error?: { code: string; message: string; details: unknown } };
  headers: Headers;
}

/** Calls a route handler in-process like a browser on this site (same Origin, cookie or bearer token). */
export async function call<T, P = Record<string, string>>(
  handler: Handler<P>,
  init: { params: P; method?: string; path?: string; body?: unknown; rawBody?: string; cookie?: string; token?: string; headers?: Record<string, string> },
): Promise<Answer<T>> {
  const body = init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  const headers: Record<string, string> = { origin: ORIGIN, ...(body === undefined ? {} : { "content-type": "application/json" }), ...init.headers };
  if (init.cookie) headers.cookie = init.cookie;
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const request = new Request(ORIGIN + (init.path ?? "/api/test"), { method: init.method ?? (body === undefined ? "GET" : "POST"), body, headers });
  const response = await handler(request, { params: Promise.resolve(init.params) });
  const text = await response.text();
  const parsed: T & { error?: { code: string; message: string; details: unknown } } = text ? JSON.parse(text) : {};
  return { status: response.status, body: parsed, headers: response.headers };
}

/** One SSE event as read from a stream. */
export interface SseEvent {
  id: number;
  data: { type: string; [key: string]: unknown };
}

/**
 * Reads SSE events from a response until `count` arrived (or `timeoutMs` passed), then cancels
 * the stream. Comments (heartbeats) are skipped.
 */
export async function readSse(response: Response, count: number, timeoutMs = 3000): Promise<SseEvent[]> {
  const body = response.body;
  if (!body) throw new Error("no stream");
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let buffer = "";
  const deadline = Date.now() + timeoutMs;
  while (events.length < count && Date.now() < deadline) {
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), Math.max(1, deadline - Date.now())));
    const chunk = await Promise.race([reader.read(), timeout]);
    if (chunk === null || chunk.done) break;
    buffer += decoder.decode(chunk.value, { stream: true });
    let end = buffer.indexOf("\n\n");
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const id = /^id: (\d+)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (id && data) events.push({ id: Number(id), data: JSON.parse(data) });
      end = buffer.indexOf("\n\n");
    }
  }
  await reader.cancel();
  return events;
}

/** An SSE request as EventSource would send it. */
export function sseRequest(path: string, options: { cookie?: string; lastEventId?: number; signal?: AbortSignal } = {}): Request {
  const headers: Record<string, string> = { origin: ORIGIN, accept: "text/event-stream" };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.lastEventId !== undefined) headers["last-event-id"] = String(options.lastEventId);
  return new Request(ORIGIN + path, { headers, ...(options.signal ? { signal: options.signal } : {}) });
}

/** An admin (via first-run setup) and signed-in users with the given roles; returns cookies and ids. */
export async function makeUsers(agents: { email: string; name: string; role: "agent" | "designer" }[]) {
  const admin = await setupAdmin("owner@example.test", "correct horse battery");
  const auth = getAuth({ secure: false });
  const out: { [email: string]: { id: string; cookie: string } } = {};
  for (const user of agents) {
    const created = await createUserAccount(auth, { ...user, password: "agent-password-1" });
    out[user.email] = { id: created.id, cookie: await sessionCookie(user.email, "agent-password-1") };
  }
  return { admin, users: out };
}
