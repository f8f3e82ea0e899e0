import { readFileSync } from "node:fs";
import path from "node:path";
import { flowDocumentSchema, type FlowDocument } from "@/lib/flow";
import { compileDraft } from "@/lib/preview/compile-draft";
import { PreviewSession } from "@/lib/preview/preview-session";
import type { PreviewWorld } from "@/lib/preview/preview-world";
import type { RuntimeBundle } from "@/lib/runtime";

const root = path.resolve(import.meta.dirname, "../../..");

/** The demo flow (tests/fixtures/flows/acme-support.json), parsed. */
export function acmeDocument(): FlowDocument {
  return flowDocumentSchema.parse(JSON.parse(readFileSync(path.join(root, "tests/fixtures/flows/acme-support.json"), "utf8")));
}

export function acmeBundle(document = acmeDocument()): RuntimeBundle {
  const { bundle, compileError } = compileDraft(document, "acme");
  if (!bundle) throw new Error(compileError ?? "no bundle");
  return bundle;
}

/** A preview session already running the demo flow (the greeting has been said). */
export async function acmeSession(world?: PreviewWorld, bundle = acmeBundle()): Promise<PreviewSession> {
  const session = new PreviewSession(world ? { world } : {});
  await session.setBundle(bundle);
  return session;
}

/** The texts of the chat so far. */
export const chatTexts = (session: PreviewSession) => session.getSnapshot().entries.map((entry) => `${entry.from}: ${entry.text}`);
