import { and, desc, eq, sql } from "drizzle-orm";
import type { Db, Queryable } from "@/db/open";
import { preparedPer } from "@/db/queries/prepared";
import { flows } from "@/db/schema";
import { liveBundles } from "@/db/live-schema";
import { flowVersions } from "@/db/versions-schema";
import { AppError } from "@/lib/errors";
import { storedBundleSchema, type RuntimeBundle } from "@/lib/flow";

/** A bundle ready to run, with the flow version it came from (0 = draft). */
export interface LiveBundle {
  bundle: RuntimeBundle;
  version: number;
}

// Parsed bundles by hash: a turn never re-parses (or retrains the NLU of) a bundle it has seen,
// because the runtime caches classifiers per bundle object.
const byHash = new Map<string, RuntimeBundle>();

/**
 * The bundle new conversations of `flowId` run on: its latest published version (drafts are
 * never served to the public). Stored in `live_bundles` by hash, so running conversations keep
 * it even if the flow is republished or deleted. 404 for an unknown, deleted or unpublished flow.
 */
export function bundleForNewConversation(db: Db, flowId: string): LiveBundle {
  const { flow, latest, bundleOf } = statements(db);
  const found = flow.get({ flowId });
  if (!found || found.deletedAt) throw new AppError("not_found", `No flow with id "${flowId}".`, { id: flowId });
  const version = latest.get({ flowId });
  if (!version) throw new AppError("not_found", "This flow has no published version yet. Publish it to chat with it.", { id: flowId, reason: "unpublished" });
  const cached = byHash.get(version.hash);
  if (cached) return { bundle: cached, version: version.version };
  const row = bundleOf.get({ flowId, version: version.version });
  if (!row) throw new AppError("not_found", "This flow has no published version yet.", { id: flowId });
  const live = { bundle: parseBundle(row.bundle), version: version.version };
  storeBundle(db, live);
  byHash.set(live.bundle.hash, live.bundle);
  return live;
}

/** Every new conversation looks these up: prepared once per database handle. */
function buildStatements(db: Db) {
  const flowId = sql.placeholder("flowId");
  return {
    flow: db.select({ deletedAt: flows.deletedAt }).from(flows).where(eq(flows.id, flowId)).prepare(),
    latest: db
      .select({ version: flowVersions.version, hash: flowVersions.bundleHash })
      .from(flowVersions)
      .where(eq(flowVersions.flowId, flowId))
      .orderBy(desc(flowVersions.version))
      .limit(1)
      .prepare(),
    bundleOf: db
      .select({ bundle: flowVersions.bundle })
      .from(flowVersions)
      .where(and(eq(flowVersions.flowId, flowId), eq(flowVersions.version, sql.placeholder("version"))))
      .prepare(),
  };
}

const statements = preparedPer(buildStatements);

/** The bundle a stored conversation runs on (from memory, else from `live_bundles`). */
export function bundleByHash(db: Queryable, hash: string): RuntimeBundle {
  const cached = byHash.get(hash);
  if (cached) return cached;
  const row = db.select({ bundle: liveBundles.bundle }).from(liveBundles).where(eq(liveBundles.hash, hash)).get();
  if (!row) throw new AppError("internal", `The bundle ${hash.slice(0, 12)} of this conversation is missing.`);
  const bundle = parseBundle(row.bundle);
  byHash.set(hash, bundle);
  return bundle;
}

/** Forgets every cached bundle (tests simulate a restart with it). */
export function clearBundleCache(): void {
  byHash.clear();
}

function storeBundle(db: Db, live: LiveBundle): void {
  db.insert(liveBundles)
    .values({ hash: live.bundle.hash, flowId: live.bundle.flow.id, version: live.version, bundle: JSON.stringify(live.bundle) })
    .onConflictDoNothing()
    .run();
}

function parseBundle(text: string): RuntimeBundle {
  const value: unknown = typeof text === "string" ? JSON.parse(text) : text;
  return storedBundleSchema.parse(value);
}
