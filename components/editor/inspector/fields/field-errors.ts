import type { z } from "zod";

/** Inline errors of a form, keyed by the dotted path of the field ("intents.0.name"); "" is the form itself. */
export type FieldErrors = Readonly<Record<string, string>>;

/**
 * Turns a zod error into one message per field, keyed by the issue's path joined with dots
 * (`["quickReplies", 1, "label"]` → `"quickReplies.1.label"`). The first issue of a field wins:
 * zod lists the most basic problem first, and one message under a field is what a designer reads.
 */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = pathKey(issue.path);
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

/** The key `fieldErrors` uses for a path. */
export function pathKey(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join(".");
}

/** The error of the field at `path`, or of anything inside it when `nested` (e.g. a list's items). */
export function errorAt(errors: FieldErrors, path: string, nested = false): string | undefined {
  if (errors[path] !== undefined) return errors[path];
  if (!nested) return undefined;
  const prefix = `${path}.`;
  const key = Object.keys(errors).find((candidate) => candidate.startsWith(prefix));
  return key === undefined ? undefined : errors[key];
}

/** The outcome of checking a draft: the parsed value to commit, or the inline errors to show. */
export type DraftCheck<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Validates a form's draft with its zod schema. */
export function checkDraft<T>(schema: z.ZodType<T>, draft: unknown): DraftCheck<T> {
  const result = schema.safeParse(draft);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}
