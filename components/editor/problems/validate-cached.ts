import type { FlowDocument } from "@/lib/flow";
import { validate, type Problem } from "@/lib/flow/validate";

// The canvas badges, the tab count and the panel all ask for the same document's problems:
// validate each document object once.
const cache = new WeakMap<FlowDocument, Problem[]>();

/** `validate(document)`, computed once per document object (documents are immutable). */
export function validateCached(document: FlowDocument): Problem[] {
  const known = cache.get(document);
  if (known) return known;
  const problems = validate(document);
  cache.set(document, problems);
  return problems;
}

/** Errors first, then warnings, each group in validate()'s order (flow-wide, then per node). */
export function groupProblems(problems: readonly Problem[]): { errors: Problem[]; warnings: Problem[] } {
  return {
    errors: problems.filter((item) => item.severity === "error"),
    warnings: problems.filter((item) => item.severity === "warning"),
  };
}
