"use client";

import { useId } from "react";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { nodeKinds } from "@/lib/flow";
import { answerValidationSchema } from "@/lib/flow/node-kinds/question";
import { errorAt } from "./fields/field-errors";
import { LinesField } from "./fields/lines-field";
import { TemplateField } from "./fields/template-field";
import { VariableNameField } from "./fields/variable-name-field";
import { Section } from "./section";
import type { SettingsProps } from "./settings-props";
import { useNodeDraft } from "./use-node-draft";

const validationLabels = { text: "Any text", number: "Number", email: "Email address", phone: "Phone number", date: "Date", choice: "One of the choices" } as const;

/** Question: what to ask, where the answer goes, and how it is validated. */
export function QuestionSettings({ node }: SettingsProps<"question">) {
  const { draft, errors, change } = useNodeDraft(node.id, node.config, nodeKinds.question.configSchema);
  const validationId = useId();
  return (
    <Section title="Question">
      <TemplateField label="Prompt" multiline value={draft.prompt} error={errorAt(errors, "prompt")} onChange={(prompt) => change({ ...draft, prompt }, "prompt")} />
      <VariableNameField label="Save the answer in" value={draft.variable} error={errorAt(errors, "variable")} onChange={(variable) => change({ ...draft, variable }, "variable")} />
      <Field label="Accept" htmlFor={validationId} hint="An answer that does not fit leaves through no_match.">
        <Select
          id={validationId}
          value={draft.validation}
          onChange={(event) => {
            const parsed = answerValidationSchema.safeParse(event.target.value);
            if (parsed.success) change({ ...draft, validation: parsed.data }, "validation");
          }}
        >
          {answerValidationSchema.options.map((option) => (
            <option key={option} value={option}>{validationLabels[option]}</option>
          ))}
        </Select>
      </Field>
      {draft.validation === "choice" ? (
        <LinesField label="Choices" value={draft.choices} error={errorAt(errors, "choices", true)} hint="One per line; also shown as quick replies" onChange={(choices) => change({ ...draft, choices }, "choices")} />
      ) : null}
    </Section>
  );
}
