"use client";

import { nodeKinds } from "@/lib/flow";
import { errorAt } from "./fields/field-errors";
import { QueueSelect } from "./fields/queue-select";
import { TemplateField } from "./fields/template-field";
import { Section } from "./section";
import type { SettingsProps } from "./settings-props";
import { useNodeDraft } from "./use-node-draft";

/** Callback: the queue whose hours decide the slots, and what the user is asked and told. */
export function CallbackSettings({ node }: SettingsProps<"callback">) {
  const { draft, errors, change } = useNodeDraft(node.id, node.config, nodeKinds.callback.configSchema);
  return (
    <Section title="Callback" description="Collects a phone number and a slot inside the queue's business hours. The user leaves with {{callback_ref}}.">
      <QueueSelect label="Queue" value={draft.queue} emptyLabel="The flow's default queue" onChange={(queue) => change({ ...draft, queue }, "queue")} />
      <TemplateField label="Ask for the phone number" value={draft.askPhone} error={errorAt(errors, "askPhone")} onChange={(askPhone) => change({ ...draft, askPhone }, "askPhone")} />
      <TemplateField label="Ask for a slot" value={draft.askSlot} error={errorAt(errors, "askSlot")} onChange={(askSlot) => change({ ...draft, askSlot }, "askSlot")} />
      <TemplateField label="When the phone number is invalid" value={draft.invalidPhone} error={errorAt(errors, "invalidPhone")} onChange={(invalidPhone) => change({ ...draft, invalidPhone }, "invalidPhone")} />
      <TemplateField label="When the answer is not one of the times" value={draft.pickSlot} error={errorAt(errors, "pickSlot")} onChange={(pickSlot) => change({ ...draft, pickSlot }, "pickSlot")} />
      <TemplateField label="Confirmation" multiline value={draft.confirmation} error={errorAt(errors, "confirmation")} onChange={(confirmation) => change({ ...draft, confirmation }, "confirmation")} />
    </Section>
  );
}
