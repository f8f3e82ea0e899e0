"use client";

import type { z } from "zod";
import type { FlowNode } from "@/lib/flow";
import { useDocumentStore } from "@/lib/editor/document-store";
import { useDraft, type Draft } from "./fields/use-draft";

/**
 * The draft of one node's config: validated with the kind's schema on every change, committed
 * through `updateNodeConfig` with a per-field merge key so typing in a field is one undo step.
 */
export function useNodeDraft<T extends FlowNode["config"]>(nodeId: string, config: T, schema: z.ZodType<T>): Draft<T> {
  const updateNodeConfig = useDocumentStore((state) => state.updateNodeConfig);
  return useDraft(config, schema, (value, field) => updateNodeConfig(nodeId, value, `${nodeId}:${field}`));
}
