"use client";

import { useEffect } from "react";
import { useProblemIndex } from "@/lib/editor/problem-index";
import { useProblems } from "./problems/problems-panel";


/**
 * Runs validation once per document change and publishes it per node, so each canvas node reads
 * only its own problems. Renders nothing; kept apart so its re-renders touch nothing else.
 */
export function ProblemsPublisher() {
  const problems = useProblems();
  useEffect(() => {
    useProblemIndex.getState().publish(problems);
  }, [problems]);
  return null;
}
