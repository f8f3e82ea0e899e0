import { z } from "zod";
import { flowDocumentSchema, type FlowDocument } from "@/lib/flow";

/** A document not yet confirmed by the server, kept in the browser so a reload or crash loses nothing. */
export interface Draft {
  /** The server revision the changes were made on top of. */
  baseRevision: number;
  document: FlowDocument;
  savedAt: number;
}

const draftSchema = z.object({ baseRevision: z.number(), document: flowDocumentSchema, savedAt: z.number() });

/** The localStorage key of a flow's draft. */
export const draftKey = (flowId: string) => `baton:draft:${flowId}`;

/** Minimal storage interface (localStorage in the browser, a Map in tests). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Writes the draft; storage full or blocked is not fatal (the server save still runs). */
export function writeDraft(storage: DraftStorage, flowId: string, draft: Draft): boolean {
  try {
    storage.setItem(draftKey(flowId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** The flow's draft, or null when there is none or it is unreadable. */
export function readDraft(storage: DraftStorage, flowId: string): Draft | null {
  try {
    const text = storage.getItem(draftKey(flowId));
    if (!text) return null;
    const parsed = draftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function clearDraft(storage: DraftStorage, flowId: string): void {
  try {
    storage.removeItem(draftKey(flowId));
  } catch {
    // nothing to do: a stale draft equal to the server's document is ignored on load
  }
}
