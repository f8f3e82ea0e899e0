import { onlyPositionsDiffer } from "@/lib/editor/only-positions-differ";
import type { FlowDocument } from "@/lib/flow";
import { validate, type Problem } from "@/lib/flow/validate";

// The canvas badges, the tab count and the panel all ask for the same document's problems:
// validate each document object once.
const cache = new WeakMap<FlowDocument, Problem[]>();
let latest: { document: FlowDocument; problems: Problem[] } | null = null;

/**
 * `validate(document)`, computed once per document object (documents are immutable). A document
 * that differs from the last one validated only in node positions (a drag, an arrow-key move,
 * auto-layout) gets the same problems without validating again: positions never make a problem.
 */
export function validateCached(document: FlowDocument): Problem[] {
  const known = cache.get(document);
  if (known) return known;
  const problems = latest && onlyPositionsDiffer(latest.document, document) ? latest.problems : validate(document);
  cache.set(document, problems);
  latest = { document, problems };
  return problems;
}

/** Errors first, then warnings, each group in validate()'s order (flow-wide, then per node). */
export function groupProblems(problems: readonly Problem[]): { errors: Problem[]; warnings: Problem[] } {
  return {
    errors: problems.filter((item) => item.severity === "error"),
    warnings: problems.filter((item) => item.severity === "warning"),
  };
}
