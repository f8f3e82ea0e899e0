import { randomUUID } from "node:crypto";
import { and, desc, eq, max } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { flowDocumentSchema, servedBundleText, storedBundleSchema, validateAndCompile, type RuntimeBundle } from "@/lib/flow";
import type { FlowVersionDetail, FlowVersionSummary, PublishRefusal } from "@/lib/versions/types";
import type { Queryable } from "../open";
import { flowVersions, type FlowVersionRow } from "../versions-schema";
import { getFlow } from "./flows";

export type { FlowVersionDetail, FlowVersionSummary };

/** Who is publishing (the signed-in user), or null when nobody is. */
export interface Publisher {
  id: string;
  name: string;
  email: string;
}

/**
 * Freezes the flow's current draft into the next immutable version (1, 2, 3… per flow): the
 * compiled bundle (its exact JSON text and hash), the document, the note, who and when. Refuses
 * with 409 `conflict` when `revision` is not the stored draft's (the publisher has not seen the
 * latest edits) and with 422 `validation_failed` while `validate()` reports errors (warnings are
 * fine); the details list the blocking problems so the editor can point at them.
 */
export function publishVersion(
  db: Queryable,
  flowId: string,
  input: { revision: number; note: string; author: Publisher | null; now?: Date },
): FlowVersionSummary {
  return db.transaction((tx) => {
    const flow = getFlow(tx, flowId);
    if (flow.revision !== input.revision) {
      throw new AppError("conflict", "This flow was changed since you loaded it; publish the latest draft.", {
        currentRevision: flow.revision,
        yourRevision: input.revision,
      });
    }
    // One parse of the document for both checking and compiling (a big flow's parse is a third of it).
    const { problems, bundle } = validateAndCompile(flow.document, { flowId, version: nextVersion(tx, flowId) });
    const errors = problems.filter((problem) => problem.severity === "error");
    if (!bundle) {
      const details: PublishRefusal = { problems: errors, warnings: problems.length - errors.length };
      const count = errors.length === 1 ? "1 error" : `${errors.length} errors`;
      throw new AppError("validation_failed", `This flow has ${count}; fix ${errors.length === 1 ? "it" : "them"} before publishing.`, details);
    }
    const version = bundle.flow.version;
    const row = tx
      .insert(flowVersions)
      .values({
        id: randomUUID(),
        flowId,
        version,
        note: input.note,
        authorId: input.author?.id ?? null,
        authorName: input.author?.name ?? null,
        authorEmail: input.author?.email ?? null,
        createdAt: input.now ?? new Date(),
        bundle: JSON.stringify(bundle),
        bundleHash: bundle.hash,
        document: flow.document,
      })
      .returning()
      .get();
    return toSummary(row);
  });
}

/** The number the flow's next published version gets: 1, 2, 3… */
function nextVersion(db: Queryable, flowId: string): number {
  return (db.select({ last: max(flowVersions.version) }).from(flowVersions).where(eq(flowVersions.flowId, flowId)).get()?.last ?? 0) + 1;
}

/** The flow's versions, newest first. 404 for an unknown flow. */
export function listVersions(db: Queryable, flowId: string): FlowVersionSummary[] {
  getFlow(db, flowId);
  return db.select().from(flowVersions).where(eq(flowVersions.flowId, flowId)).orderBy(desc(flowVersions.version)).all().map(toSummary);
}

/** One version with its document; 404 when the flow or that version does not exist. */
export function getVersion(db: Queryable, flowId: string, version: number): FlowVersionDetail {
  const row = findRow(db, flowId, version);
  return { ...toSummary(row), document: flowDocumentSchema.parse(row.document) };
}

/**
 * The stored bundle of a version (`"latest"` = the newest) as published: its JSON text, hash and
 * number (`etag` marks a text that gained the English pack: see `servedBundleText`). 404 when the
 * flow, the version, or (for latest) any version does not exist.
 */
export function getVersionBundle(db: Queryable, flowId: string, version: number | "latest"): { version: number; text: string; hash: string; etag: string } {
  const row = findRow(db, flowId, version);
  const served = servedBundleText(row.bundle);
  return { version: row.version, text: served.text, hash: row.bundleHash, etag: served.addedLanguage ? `${row.bundleHash}+en` : row.bundleHash };
}

/**
 * The bundle new live conversations should run: the latest published version of the flow, or null
 * when it has none (or the flow does not exist). Conversations already running keep the bundle they
 * stored, so publishing never changes a conversation mid-way.
 */
export function latestPublishedBundle(db: Queryable, flowId: string): { version: number; bundle: RuntimeBundle } | null {
  const row = db.select().from(flowVersions).where(eq(flowVersions.flowId, flowId)).orderBy(desc(flowVersions.version)).limit(1).get();
  if (!row) return null;
  return { version: row.version, bundle: storedBundleSchema.parse(JSON.parse(row.bundle)) };
}

function findRow(db: Queryable, flowId: string, version: number | "latest"): FlowVersionRow {
  getFlow(db, flowId);
  const row =
    version === "latest"
      ? db.select().from(flowVersions).where(eq(flowVersions.flowId, flowId)).orderBy(desc(flowVersions.version)).limit(1).get()
      : db.select().from(flowVersions).where(and(eq(flowVersions.flowId, flowId), eq(flowVersions.version, version))).get();
  if (!row) {
    const message = version === "latest" ? "This flow has no published version yet. Publish it first." : `This flow has no version ${version}.`;
    throw new AppError("not_found", message, { flowId, version });
  }
  return row;
}

function toSummary(row: FlowVersionRow): FlowVersionSummary {
  const hasAuthor = row.authorId !== null || row.authorName !== null || row.authorEmail !== null;
  return {
    id: row.id,
    flowId: row.flowId,
    version: row.version,
    note: row.note,
    author: hasAuthor ? { id: row.authorId, name: row.authorName, email: row.authorEmail } : null,
    createdAt: row.createdAt.toISOString(),
    bundleHash: row.bundleHash,
  };
}
