"use client";

import { useEffect } from "react";
import { useDocumentStore } from "@/lib/editor/document-store";
import { useProblemIndex } from "@/lib/editor/problem-index";
import { validateCached } from "./problems/validate-cached";

/** Wait after a document change before validating: one validation per burst of edits (typing). */
export const PUBLISH_DELAY_MS = 120;

/**
 * Validates the document and publishes the problems per node, so each canvas node reads only its
 * own. Validating a big flow takes tens of ms, so it runs after the canvas has painted and once
 * per burst of changes, not in the render of every change. Renders nothing.
 */
export function ProblemsPublisher() {
  const document = useDocumentStore((state) => state.document);
  useEffect(() => {
    const timer = window.setTimeout(() => useProblemIndex.getState().publish(validateCached(document)), PUBLISH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [document]);
  return null;
}
