import { POST as setupRoute } from "@/app/api/auth/setup/route";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...all]/route";

export const ORIGIN = "http://localhost";

/** What the auth tests read from any JSON answer. */
export interface Json {
  [key: string]: unknown;
  error?: { code: string; message: string; details: unknown };
}

export interface Answer {
  status: number;
  body: Json;
  headers: Headers;
}

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

/** Calls a route handler in-process the way a browser on this site would (same Origin, cookies). */
export async function send(
  handler: Handler,
  init: { method?: string; path?: string; body?: unknown; cookie?: string; headers?: Record<string, string>; id?: string; origin?: string | null } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...(init.body === undefined ? {} : { "content-type": "application/json" }), ...init.headers };
  if (init.cookie) headers.cookie = init.cookie;
  if (init.origin !== null) headers.origin = init.origin ?? ORIGIN;
  const request = new Request(ORIGIN + (init.path ?? "/api/test"), {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    headers,
  });
  const response = await handler(request, { params: Promise.resolve({ id: init.id ?? "" }) });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : {};
  return { status: response.status, body: isJson(parsed) ? parsed : {}, headers: response.headers };
}

function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null;
}

/** The `name=value` pairs of every Set-Cookie, ready to send back as a Cookie header. */
export function cookieFrom(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0] ?? "")
    .filter((pair) => !pair.endsWith("="))
    .join("; ");
}

export function signIn(email: string, password: string, ip = "203.0.113.7"): Promise<Answer> {
  return send(authPost, { path: "/api/auth/sign-in/email", body: { email, password }, headers: { "x-forwarded-for": ip } });
}

/** Signs in and returns the session cookie (throws if sign-in fails). */
export async function sessionCookie(email: string, password: string): Promise<string> {
  const answer = await signIn(email, password);
  if (answer.status !== 200) throw new Error(`sign-in failed for ${email}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return cookieFrom(answer.headers);
}

export function getSession(cookie: string): Promise<Answer> {
  return send(authGet, { path: "/api/auth/get-session", cookie });
}

export async function setupAdmin(email = "owner@example.test", password = "correct horse battery"): Promise<string> {
  const answer = await send(setupRoute, { path: "/api/auth/setup", body: { name: "Owner", email, password } });
  if (answer.status !== 201) throw new Error(`setup failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return sessionCookie(email, password);
}
