import { randomUUID } from "node:crypto";
import { and, desc, eq, isNull, isNotNull } from "drizzle-orm";
import { flowDocumentSchema, type FlowDocument } from "@/lib/flow";
import { AppError } from "@/lib/errors";
import type { Queryable } from "../open";
import { flows, type FlowRow } from "../schema";

/** A flow as the API returns it (dates as ISO strings). */
export interface FlowRecord {
  id: string;
  name: string;
  revision: number;
  document: FlowDocument;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export type FlowSummary = Omit<FlowRecord, "document"> & { nodeCount: number };

export function listFlows(db: Queryable, options: { deleted?: boolean } = {}): FlowSummary[] {
  const rows = db
    .select()
    .from(flows)
    .where(options.deleted ? isNotNull(flows.deletedAt) : isNull(flows.deletedAt))
    .orderBy(desc(flows.updatedAt))
    .all();
  // Lists skip the full document parse: only the node count is shown.
  return rows.map(({ document, ...row }) => ({
    id: row.id,
    name: row.name,
    revision: row.revision,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt ? row.deletedAt.toISOString() : null,
    nodeCount: countNodes(document),
  }));
}

/** The flow, or a 404 AppError. Deleted flows are found only with `includeDeleted`. */
export function getFlow(db: Queryable, id: string, options: { includeDeleted?: boolean } = {}): FlowRecord {
  const row = db.select().from(flows).where(eq(flows.id, id)).get();
  if (!row || (row.deletedAt && !options.includeDeleted)) throw new AppError("not_found", `No flow with id "${id}".`, { id });
  return toRecord(row);
}

export function createFlow(db: Queryable, input: { name: string; document: FlowDocument; now?: Date }): FlowRecord {
  const now = input.now ?? new Date();
  const row = db
    .insert(flows)
    .values({ id: randomUUID(), name: input.name, document: { ...input.document, name: input.name }, revision: 1, createdAt: now, updatedAt: now })
    .returning()
    .get();
  return toRecord(row);
}

/**
 * Saves a new draft if `revision` is still the stored one; otherwise 409 `conflict` with the
 * current flow so the caller can show what changed. Never overwrites silently.
 */
export function updateFlow(
  db: Queryable,
  id: string,
  input: { revision: number; document?: FlowDocument; name?: string; now?: Date },
): FlowRecord {
  return db.transaction((tx) => {
    const current = getFlow(tx, id);
    if (current.revision !== input.revision) {
      throw new AppError("conflict", "This flow was changed elsewhere since you loaded it.", {
        currentRevision: current.revision,
        yourRevision: input.revision,
        current,
      });
    }
    const name = input.name ?? input.document?.name ?? current.name;
    const document = { ...(input.document ?? current.document), name };
    const row = tx
      .update(flows)
      .set({ name, document, revision: current.revision + 1, updatedAt: input.now ?? new Date() })
      .where(and(eq(flows.id, id), eq(flows.revision, input.revision)))
      .returning()
      .get();
    if (!row) throw new AppError("conflict", "This flow was changed elsewhere since you loaded it.", { currentRevision: current.revision + 1 });
    return toRecord(row);
  });
}

export function duplicateFlow(db: Queryable, id: string): FlowRecord {
  const source = getFlow(db, id);
  return createFlow(db, { name: `${source.name} (copy)`, document: source.document });
}

/** Soft delete: the flow disappears from lists and can be restored. */
export function deleteFlow(db: Queryable, id: string): FlowRecord {
  getFlow(db, id);
  const row = db.update(flows).set({ deletedAt: new Date() }).where(eq(flows.id, id)).returning().get();
  if (!row) throw new AppError("not_found", `No flow with id "${id}".`, { id });
  return toRecord(row);
}

export function restoreFlow(db: Queryable, id: string): FlowRecord {
  getFlow(db, id, { includeDeleted: true });
  const row = db.update(flows).set({ deletedAt: null }).where(eq(flows.id, id)).returning().get();
  if (!row) throw new AppError("not_found", `No flow with id "${id}".`, { id });
  return toRecord(row);
}

function toRecord(row: FlowRow): FlowRecord {
  return {
    id: row.id,
    name: row.name,
    revision: row.revision,
    document: readDocument(row.document),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt ? row.deletedAt.toISOString() : null,
  };
}

// Stored documents were validated on the way in; parsing again applies defaults added since.
function readDocument(value: unknown): FlowDocument {
  return flowDocumentSchema.parse(value);
}

function countNodes(document: unknown): number {
  if (typeof document !== "object" || document === null || !("nodes" in document)) return 0;
  return Array.isArray(document.nodes) ? document.nodes.length : 0;
}
