/**
 * Every error the API can answer with: a stable machine code, its HTTP status and a default
 * message. Clients branch on `code`; people read `message`; `details` says where.
 */
export const errorCodes = {
  invalid_json: 400,
  bad_request: 400,
  validation_failed: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  /** Nothing is wrong with the request; this server is missing a build step (the portable runtime). */
  runtime_not_built: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: unknown };
}

/** An error meant for the API's caller. Anything else thrown becomes a generic `internal`. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = "AppError";
    this.status = errorCodes[code];
  }
}

/** A zod issue turned into `{ path, message }` with a readable path like `nodes[3].config.text`. */
export interface FieldProblem {
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out || "(root)";
}

export function fieldProblems(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldProblem[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
