"use client";

import { flowSettingsSchema } from "@/lib/flow";
import { useDocumentStore } from "@/lib/editor/document-store";
import { useDraft } from "../inspector/fields/use-draft";
import { LiveAgentSection } from "./live-agent-section";
import { QueuesSection } from "./queues-section";
import { RoutingSection } from "./routing-section";
import { UnderstandingSection } from "./understanding-section";
import { VariablesSection } from "./variables-section";

/**
 * Sidebar tab: flow-wide settings — live-agent requests, understanding limits, frustration,
 * queues, routing rules and variables. Edits are validated like the node forms and committed with
 * a merge key per field, so typing in one field is one undo step.
 */
export function FlowSettingsPanel() {
  const settings = useDocumentStore((state) => state.document.settings);
  const updateSettings = useDocumentStore((state) => state.updateSettings);
  const form = useDraft(settings, flowSettingsSchema, (value, field) => updateSettings(value, `settings:${field}`));
  return (
    <div role="region" aria-label="Flow settings">
      <LiveAgentSection form={form} />
      <UnderstandingSection form={form} />
      <QueuesSection form={form} />
      <RoutingSection form={form} />
      <VariablesSection />
    </div>
  );
}
