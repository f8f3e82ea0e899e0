import { CURRENT_SCHEMA_VERSION } from "./document";
import { migrations, type RawDocument } from "./migrations";
import { isRecord } from "./validate/is-record";

/** Thrown for input that no migration can upgrade: not an object, or a future/unknown version. */
export class FlowMigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FlowMigrationError";
  }
}

/**
 * Upgrades a document of any older schemaVersion to `CURRENT_SCHEMA_VERSION`, one named step at a
 * time, and says which steps ran. A document without `schemaVersion` is the prototype format
 * (version 0). The result is not validated: run `validate()` on it, so the designer sees what is
 * left to fix instead of a refusal.
 */
export function migrateDocument(raw: unknown): { document: RawDocument; applied: string[] } {
  if (!isRecord(raw)) throw new FlowMigrationError("A flow document must be a JSON object.");
  const version = raw.schemaVersion ?? 0;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    throw new FlowMigrationError(`Unknown schemaVersion ${JSON.stringify(version)}: expected a whole number from 0 to ${CURRENT_SCHEMA_VERSION}.`);
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new FlowMigrationError(
      `This flow uses schemaVersion ${version}, made by a newer Baton; this one reads up to ${CURRENT_SCHEMA_VERSION}. Upgrade Baton to open it.`,
    );
  }
  let document: RawDocument = raw;
  const applied: string[] = [];
  for (let from = version; from < CURRENT_SCHEMA_VERSION; from++) {
    const step = migrations.find((migration) => migration.from === from);
    if (!step || step.to !== from + 1) throw new FlowMigrationError(`No migration from schemaVersion ${from} to ${from + 1}.`);
    document = { ...step.up(document), schemaVersion: step.to };
    applied.push(step.name);
  }
  return { document, applied };
}
