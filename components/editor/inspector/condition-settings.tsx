"use client";

import { nodeKinds } from "@/lib/flow";
import { ConditionBuilder } from "./condition/condition-builder";
import { errorAt } from "./fields/field-errors";
import { TextField } from "./fields/text-field";
import { Section } from "./section";
import type { SettingsProps } from "./settings-props";
import { useNodeDraft } from "./use-node-draft";

/** Condition: a JSONLogic rule built from rows (true / false ports), and a label for the canvas. */
export function ConditionSettings({ node }: SettingsProps<"condition">) {
  const { draft, errors, change } = useNodeDraft(node.id, node.config, nodeKinds.condition.configSchema);
  return (
    <>
      <Section title="Label">
        <TextField label="Shown on the canvas" value={draft.label} error={errorAt(errors, "label")} placeholder="plan is pro" onChange={(label) => change({ ...draft, label }, "label")} />
      </Section>
      <Section title="Condition" description="True leaves through true, otherwise false.">
        <ConditionBuilder value={draft.rule} extraVariables={["intent", "trigger"]} onChange={(rule) => change({ ...draft, rule }, "rule")} />
      </Section>
    </>
  );
}
