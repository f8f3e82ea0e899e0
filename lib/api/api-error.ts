import { z } from "zod";
import { errorCodes, type ErrorCode } from "@/lib/errors";

/** An error answer of the Baton API, as thrown by the typed fetchers. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | "network",
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** fetch + JSON + typed errors. A failed connection becomes `ApiError(0, "network")`. */
export async function requestJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { ...(init.body ? { "content-type": "application/json" } : {}), ...init.headers },
    });
  } catch {
    throw new ApiError(0, "network", "Can't reach the Baton server. Check your connection.");
  }
  const text = await response.text();
  const body: unknown = text ? safeParse(text) : null;
  if (!response.ok) {
    const error = readError(body);
    throw new ApiError(response.status, error?.code ?? "internal", error?.message ?? `Request failed (${response.status})`, error?.details ?? null);
  }
  // The server's route contracts define T; the body was produced by them.
  return body as T;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const errorBodySchema = z.object({
  error: z.object({
    code: z.custom<ErrorCode>((value) => typeof value === "string" && value in errorCodes),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

function readError(body: unknown): { code: ErrorCode; message: string; details: unknown } | null {
  const parsed = errorBodySchema.safeParse(body);
  return parsed.success ? { ...parsed.data.error, details: parsed.data.error.details ?? null } : null;
}
