import type { EffectResult, JsonValue } from "@/lib/runtime";
import { safeFetch, SafeFetchError } from "@/lib/server/safe-fetch";

/**
 * The Webhook node's HTTP call through `safeFetch` (no private addresses unless allow-listed,
 * no redirects, size limit) with the node's timeout: 2xx/other statuses come back with the parsed
 * JSON body (null when not JSON); a timeout is `timedOut`; anything else `ok: false`.
 */
export async function callWebhook(request: { url: string; method: string; headers: { [name: string]: string }; body: string; timeoutMs: number }): Promise<EffectResult> {
  const method = request.method.toUpperCase();
  const hasBody = method !== "GET" && method !== "HEAD" && request.body !== "";
  try {
    const response = await safeFetch(request.url, {
      method,
      headers: hasBody && !hasHeader(request.headers, "content-type") ? { ...request.headers, "content-type": "application/json" } : request.headers,
      ...(hasBody ? { body: request.body } : {}),
      timeoutMs: request.timeoutMs,
    });
    return { ok: true, status: response.status, body: parseBody(response.body) };
  } catch (error) {
    if (error instanceof SafeFetchError && error.code === "timeout") return { ok: false, timedOut: true, error: "timeout" };
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function parseBody(text: string): JsonValue {
  try {
    const value: JsonValue = JSON.parse(text);
    return value;
  } catch {
    return null;
  }
}

function hasHeader(headers: { [name: string]: string }, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}
