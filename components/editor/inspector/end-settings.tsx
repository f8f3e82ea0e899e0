"use client";

import { nodeKinds } from "@/lib/flow";
import { errorAt } from "./fields/field-errors";
import { TemplateField } from "./fields/template-field";
import { Section } from "./section";
import type { SettingsProps } from "./settings-props";
import { useNodeDraft } from "./use-node-draft";

/** End: an optional goodbye before the conversation closes. */
export function EndSettings({ node }: SettingsProps<"end">) {
  const { draft, errors, change } = useNodeDraft(node.id, node.config, nodeKinds.end.configSchema);
  return (
    <Section title="Goodbye">
      <TemplateField label="Message" multiline value={draft.message} error={errorAt(errors, "message")} placeholder="Optional: said before the conversation ends" onChange={(message) => change({ ...draft, message }, "message")} />
    </Section>
  );
}
