"use client";

import { useId } from "react";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { nodeKinds } from "@/lib/flow";
import { webhookConfigSchema } from "@/lib/flow/node-kinds/webhook";
import { errorAt } from "./fields/field-errors";
import { NumberField } from "./fields/number-field";
import { TemplateField } from "./fields/template-field";
import { VariableNameField } from "./fields/variable-name-field";
import { HeadersEditor } from "./headers-editor";
import { Section } from "./section";
import type { SettingsProps } from "./settings-props";
import { useNodeDraft } from "./use-node-draft";

const methods = webhookConfigSchema.shape.method.unwrap().options;

/** Webhook: the HTTP call the host makes (the runtime itself never does I/O). */
export function WebhookSettings({ node }: SettingsProps<"webhook">) {
  const { draft, errors, change } = useNodeDraft(node.id, node.config, nodeKinds.webhook.configSchema);
  const methodId = useId();
  return (
    <Section title="Request" description="A failure, a non-2xx status or a timeout leaves through error.">
      <Field label="Method" htmlFor={methodId}>
        <Select
          id={methodId}
          value={draft.method}
          onChange={(event) => {
            const method = methods.find((option) => option === event.target.value);
            if (method) change({ ...draft, method }, "method");
          }}
        >
          {methods.map((method) => <option key={method} value={method}>{method}</option>)}
        </Select>
      </Field>
      <TemplateField label="URL" value={draft.url} error={errorAt(errors, "url")} onChange={(url) => change({ ...draft, url }, "url")} />
      <HeadersEditor value={draft.headers} error={errorAt(errors, "headers", true)} onChange={(headers) => change({ ...draft, headers }, "headers")} />
      {draft.method === "GET" || draft.method === "DELETE" ? null : (
        <TemplateField label="Body" multiline value={draft.body} error={errorAt(errors, "body")} hint="JSON or text; {{variables}} are filled in. Empty sends no body." onChange={(body) => change({ ...draft, body }, "body")} />
      )}
      <NumberField label="Timeout (ms)" value={draft.timeoutMs} error={errorAt(errors, "timeoutMs")} hint="100 – 30 000 ms" onChange={(timeoutMs) => change({ ...draft, timeoutMs }, "timeoutMs")} />
      <VariableNameField
        label="Save the response in"
        placeholder="Optional variable name"
        value={draft.saveAs ?? ""}
        error={errorAt(errors, "saveAs")}
        onChange={(saveAs) => {
          const { saveAs: _old, ...rest } = draft;
          change(saveAs === "" ? rest : { ...rest, saveAs }, "saveAs");
        }}
      />
    </Section>
  );
}
