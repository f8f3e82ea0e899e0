import { canonicalJson, type FlowDocument } from "@/lib/flow";
import type { Draft } from "./draft-storage";

/** What to do with a local draft when the flow loads. */
export type DraftDecision =
  | { action: "none" }
  /** The draft holds unsaved work on top of the server's revision: restore it and save it. */
  | { action: "restore"; document: FlowDocument }
  /** The draft was made on an older revision that has since changed: ask the designer. */
  | { action: "conflict"; document: FlowDocument };

/** Decides between the server's flow and the browser's draft; never drops either silently. */
export function reconcileDraft(server: { revision: number; document: FlowDocument }, draft: Draft | null): DraftDecision {
  if (!draft) return { action: "none" };
  if (canonicalJson(draft.document) === canonicalJson(server.document)) return { action: "none" };
  if (draft.baseRevision >= server.revision) return { action: "restore", document: draft.document };
  return { action: "conflict", document: draft.document };
}
