import { AppError, fieldProblems } from "@/lib/errors";
import { FlowMigrationError, flowDocumentSchema, migrateDocument, type FlowDocument } from "@/lib/flow";

/**
 * Parses an uploaded document file: older schema versions are migrated first; anything still
 * wrong is a 422 `validation_failed` listing each problem with its JSON path.
 */
export function parseImportedDocument(raw: unknown): FlowDocument {
  let migrated: unknown;
  try {
    migrated = migrateDocument(raw).document;
  } catch (error) {
    if (error instanceof FlowMigrationError) throw new AppError("validation_failed", error.message, [{ path: "schemaVersion", message: error.message }]);
    throw error;
  }
  const parsed = flowDocumentSchema.safeParse(migrated);
  if (!parsed.success) {
    throw new AppError("validation_failed", "This file is not a valid Baton flow document.", fieldProblems(parsed.error.issues));
  }
  return parsed.data;
}
