import { compileFlow, FlowCompileError, validate, type FlowDocument, type Problem } from "@/lib/flow";
import type { RuntimeBundle } from "@/lib/runtime";

/** What the preview runs and what it warns about. */
export interface CompiledDraft {
  /** null when the document cannot be compiled at all (the preview keeps its last bundle). */
  bundle: RuntimeBundle | null;
  /** Validation errors (warnings are the Problems tab's business). */
  errors: Problem[];
  /** Why compiling failed, when it did. */
  compileError: string | null;
}

/**
 * Validates and compiles the unsaved document for the preview. Never throws: a document that
 * does not compile gives `bundle: null` and the reason, so the preview can say so and keep
 * running the last good bundle. `check` lets the editor pass its cached `validate`, so a document
 * the canvas already checked is not checked twice.
 */
export function compileDraft(document: FlowDocument, flowId: string, check: (document: FlowDocument) => Problem[] = validate): CompiledDraft {
  const errors = check(document).filter((problem) => problem.severity === "error");
  try {
    return { bundle: compileFlow(document, { flowId, version: 0 }), errors, compileError: null };
  } catch (error) {
    const detail = error instanceof FlowCompileError ? error.issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ") : "";
    const message = error instanceof Error ? error.message : String(error);
    return { bundle: null, errors, compileError: detail ? `${message} (${detail})` : message };
  }
}
