"use client";

import { useMemo } from "react";
import { useDocumentStore } from "@/lib/editor/document-store";
import { knownVariables, type VariableSuggestion } from "./variable-suggestions";

/** The open flow's variables (declared, written by nodes, built-in), recomputed when they can change. */
export function useKnownVariables(): VariableSuggestion[] {
  const nodes = useDocumentStore((state) => state.document.nodes);
  const variables = useDocumentStore((state) => state.document.variables);
  return useMemo(() => knownVariables({ nodes, variables }), [nodes, variables]);
}
