import type { FlowDocument, Problem } from "@/lib/flow";

/** Who published a version, as they were at the time (null: published without sign-in). */
export interface VersionAuthor {
  id: string | null;
  name: string | null;
  email: string | null;
}

/** A published version as lists show it: number, note, author, time and bundle hash. */
export interface FlowVersionSummary {
  id: string;
  flowId: string;
  version: number;
  note: string;
  author: VersionAuthor | null;
  /** ISO time of publishing. */
  createdAt: string;
  /** sha-256 of the runtime bundle (also its ETag on GET /api/flows/:id/bundle). */
  bundleHash: string;
}

/** One version with the flow document it froze (for viewing, diffing and restoring). */
export interface FlowVersionDetail extends FlowVersionSummary {
  document: FlowDocument;
}

/** Details of the 422 `validation_failed` a refused publish answers with. */
export interface PublishRefusal {
  /** The errors that block publishing, in `validate()` order. */
  problems: Problem[];
  /** How many warnings there were (they never block). */
  warnings: number;
}
