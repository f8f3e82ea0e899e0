import { AppError, fieldProblems } from "@/lib/errors";
import { flowDocumentSchema, type FlowDocument } from "@/lib/flow";

/** Parses an uploaded document file: 422 `validation_failed` listing each problem with its JSON path. */
export function parseImportedDocument(raw: unknown): FlowDocument {
  const parsed = flowDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError("validation_failed", "This file is not a valid Baton flow document.", fieldProblems(parsed.error.issues));
  }
  return parsed.data;
}
