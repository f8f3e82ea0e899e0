/** A failed API answer, readable by forms: the message plus per-field problems when there are any. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/**
 * Sends JSON to one of Baton's own endpoints and returns the JSON answer, or throws ApiError with
 * the server's message (our `{ error }` shape, or better-auth's `{ message }`).
 */
export async function sendJson(url: string, init: { method?: string; body?: unknown } = {}): Promise<unknown> {
  const response = await fetch(url, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: "same-origin",
  });
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) throw toApiError(response, data);
  return data;
}

function toApiError(response: Response, data: unknown): ApiError {
  const fallback = response.status === 429 ? "Too many attempts. Wait a minute and try again." : `The request failed (${response.status}).`;
  if (typeof data !== "object" || data === null) return new ApiError(fallback, response.status);
  if ("error" in data && typeof data.error === "object" && data.error !== null) {
    const { error } = data;
    const message = "message" in error && typeof error.message === "string" ? error.message : fallback;
    const fields: Record<string, string> = {};
    if ("details" in error && Array.isArray(error.details)) {
      for (const item of error.details) {
        if (typeof item === "object" && item !== null && "path" in item && "message" in item && typeof item.path === "string" && typeof item.message === "string") fields[item.path] = item.message;
      }
    }
    return new ApiError(message, response.status, fields);
  }
  if ("message" in data && typeof data.message === "string") return new ApiError(data.message, response.status);
  return new ApiError(fallback, response.status);
}
