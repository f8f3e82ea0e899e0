import type { FlowRecord, FlowSummary } from "@/db/queries/flows";

/** The shapes the flows API answers with (enough for tests to read them without casts). */
export interface ApiJson {
  ok?: boolean;
  flow?: FlowRecord;
  flows?: FlowSummary[];
  error?: { code: string; message: string; details: unknown };
}

/** Calls a route handler in-process with a real Request, like Next does, and reads the JSON answer. */
export async function call(
  handler: (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>,
  init: { method?: string; url?: string; body?: unknown; rawBody?: string; params?: { id: string }; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: ApiJson; headers: Headers }> {
  const body = init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  const request = new Request(init.url ?? "http://localhost/api/test", {
    method: init.method ?? (body === undefined ? "GET" : "POST"),
    body,
    headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...init.headers },
  });
  const response = await handler(request, { params: Promise.resolve(init.params ?? { id: "" }) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers };
}
