"use client";

import { nodeKinds } from "@/lib/flow";
import { errorAt } from "./fields/field-errors";
import { QueueSelect } from "./fields/queue-select";
import { TemplateField } from "./fields/template-field";
import { Section } from "./section";
import type { SettingsProps } from "./settings-props";
import { useNodeDraft } from "./use-node-draft";

/** Ticket: the queue it is filed in and what the user is asked and told. */
export function TicketSettings({ node }: SettingsProps<"ticket">) {
  const { draft, errors, change } = useNodeDraft(node.id, node.config, nodeKinds.ticket.configSchema);
  return (
    <Section title="Ticket" description="Collects an email and a description, then creates a ticket. The user leaves with {{ticket_ref}}.">
      <QueueSelect label="Queue" value={draft.queue} emptyLabel="The flow's default queue" onChange={(queue) => change({ ...draft, queue }, "queue")} />
      <TemplateField label="Ask for the email" value={draft.askEmail} error={errorAt(errors, "askEmail")} onChange={(askEmail) => change({ ...draft, askEmail }, "askEmail")} />
      <TemplateField label="Ask for a description" value={draft.askDescription} error={errorAt(errors, "askDescription")} onChange={(askDescription) => change({ ...draft, askDescription }, "askDescription")} />
      <TemplateField label="When the email is invalid" value={draft.invalidEmail} error={errorAt(errors, "invalidEmail")} onChange={(invalidEmail) => change({ ...draft, invalidEmail }, "invalidEmail")} />
      <TemplateField label="Confirmation" multiline value={draft.confirmation} error={errorAt(errors, "confirmation")} onChange={(confirmation) => change({ ...draft, confirmation }, "confirmation")} />
    </Section>
  );
}
