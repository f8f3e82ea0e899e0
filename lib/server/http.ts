import { NextResponse } from "next/server";
import type { z } from "zod";
import { AppError, type ErrorBody, fieldProblems } from "@/lib/errors";
import { retryAfterHeaders } from "./rate-limit";

/** Requests bigger than this are refused with 413 before being parsed. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * Wraps a route handler: AppErrors become `{ error: { code, message, details } }` with their
 * status; anything unexpected is logged and answered as `internal`, never with a stack trace.
 */
export function route<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof AppError) return errorResponse(error);
      console.error("Unhandled error in route", error);
      return errorResponse(new AppError("internal", "Something went wrong on our side. Please try again."));
    }
  };
}

export function errorResponse(error: AppError): Response {
  const body: ErrorBody = { error: { code: error.code, message: error.message, details: error.details } };
  return NextResponse.json(body, { status: error.status, headers: retryAfterHeaders(error) });
}

/** Reads the body as text, refusing more than `limit` bytes even when Content-Length lies. */
export async function readBodyText(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** Parses a JSON body (400 when malformed) and checks it against `schema` (422 with field paths). */
export async function readJson<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<z.output<Schema>> {
  const raw = await readJsonValue(request);
  return parseWith(schema, raw, "The request body is not valid");
}

export async function readJsonValue(request: Request): Promise<unknown> {
  const text = await readBodyText(request);
  if (text.trim() === "") throw new AppError("invalid_json", "The request body is empty; send JSON.");
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError("invalid_json", `The request body is not valid JSON: ${reason}`);
  }
}

export function parseWith<Schema extends z.ZodType>(schema: Schema, value: unknown, message: string): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("validation_failed", message, fieldProblems(parsed.error.issues));
  return parsed.data;
}

function tooLarge(limit: number): AppError {
  return new AppError("payload_too_large", `The request body is larger than ${Math.round(limit / 1024 / 1024)} MB.`, { limitBytes: limit });
}
