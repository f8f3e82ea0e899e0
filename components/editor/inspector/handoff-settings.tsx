"use client";

import { useId } from "react";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { nodeKinds } from "@/lib/flow";
import { prioritySchema } from "@/lib/flow/node-kinds/handoff";
import { errorAt } from "./fields/field-errors";
import { NumberField } from "./fields/number-field";
import { QueueSelect } from "./fields/queue-select";
import { TemplateField } from "./fields/template-field";
import { ContextVariablesField } from "./handoff/context-variables-field";
import { humanDuration } from "./handoff/human-duration";
import { ProtocolHint } from "./handoff/protocol-hint";
import { Section } from "./section";
import type { SettingsProps } from "./settings-props";
import { useNodeDraft } from "./use-node-draft";

/** Handoff: where the user goes, what the agent sees, how long to wait, and what the user is told. */
export function HandoffSettings({ node }: SettingsProps<"handoff">) {
  const { draft, errors, change } = useNodeDraft(node.id, node.config, nodeKinds.handoff.configSchema);
  const priorityId = useId();
  const messages = draft.messages;
  return (
    <>
      <Section title="Protocol">
        <ProtocolHint nodeId={node.id} />
      </Section>
      <Section title="Routing">
        <QueueSelect label="Queue" value={draft.queue} emptyLabel="Routing rules (then the default queue)" onChange={(queue) => change({ ...draft, queue }, "queue")} />
        <Field label="Priority" htmlFor={priorityId}>
          <Select
            id={priorityId}
            value={draft.priority}
            onChange={(event) => {
              const parsed = prioritySchema.safeParse(event.target.value);
              if (parsed.success) change({ ...draft, priority: parsed.data }, "priority");
            }}
          >
            {prioritySchema.options.map((priority) => <option key={priority} value={priority}>{priority}</option>)}
          </Select>
        </Field>
        <NumberField
          label="Wait timeout (seconds)"
          value={draft.waitTimeoutSec}
          error={errorAt(errors, "waitTimeoutSec")}
          hint={`${humanDuration(draft.waitTimeoutSec) || "—"} before leaving through unavailable if no agent accepts`}
          onChange={(waitTimeoutSec) => change({ ...draft, waitTimeoutSec }, "waitTimeoutSec")}
        />
      </Section>
      <Section title="Context for the agent">
        <ContextVariablesField value={draft.contextVariables} error={errorAt(errors, "contextVariables", true)} onChange={(contextVariables) => change({ ...draft, contextVariables }, "contextVariables")} />
        <TemplateField label="Summary" multiline value={draft.summary} error={errorAt(errors, "summary")} placeholder="Refund request for order {{order_number}}" onChange={(summary) => change({ ...draft, summary }, "summary")} />
      </Section>
      <Section title="Messages">
        <TemplateField label="Connecting" multiline value={messages.connecting} error={errorAt(errors, "messages.connecting")} hint="{{position}} and {{wait}} are filled in" onChange={(connecting) => change({ ...draft, messages: { ...messages, connecting } }, "messages.connecting")} />
        <TemplateField label="Connected" value={messages.connected} error={errorAt(errors, "messages.connected")} hint="{{agent}} is the agent's name" onChange={(connected) => change({ ...draft, messages: { ...messages, connected } }, "messages.connected")} />
        <TemplateField label="Unavailable" multiline value={messages.unavailable} error={errorAt(errors, "messages.unavailable")} hint="Said before leaving through unavailable" onChange={(unavailable) => change({ ...draft, messages: { ...messages, unavailable } }, "messages.unavailable")} />
      </Section>
    </>
  );
}
