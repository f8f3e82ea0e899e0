"use client";

import { nodeKinds } from "@/lib/flow";
import { errorAt } from "./fields/field-errors";
import { NumberField } from "./fields/number-field";
import { TemplateField } from "./fields/template-field";
import { Section } from "./section";
import type { SettingsProps } from "./settings-props";
import { useNodeDraft } from "./use-node-draft";
import { attemptHint, setAttemptMessage } from "./fallback-attempts";

/**
 * Fallback: how many attempts, and one reprompt per attempt (each more helpful than the last).
 * An empty trailing attempt repeats the previous message, as the runtime does.
 */
export function FallbackSettings({ node }: SettingsProps<"fallback">) {
  const { draft, errors, change } = useNodeDraft(node.id, node.config, nodeKinds.fallback.configSchema);
  const attempts = Number.isInteger(draft.maxAttempts) && draft.maxAttempts >= 1 ? Math.min(draft.maxAttempts, 10) : Math.max(draft.messages.length, 1);
  const unused = draft.messages.length - attempts;
  return (
    <Section title="Fallback" description="Said when the bot did not understand; after the last attempt the flow leaves through exhausted.">
      <NumberField label="Attempts" value={draft.maxAttempts} error={errorAt(errors, "maxAttempts")} hint="Then exhausted: usually a Handoff (no_match trigger)." onChange={(maxAttempts) => change({ ...draft, maxAttempts }, "maxAttempts")} />
      {Array.from({ length: attempts }, (_, index) => {
        const message = draft.messages[index] ?? "";
        const error = errorAt(errors, `messages.${index}`) === undefined ? undefined : "Write this attempt's reprompt, or clear the attempts after it";
        return (
          <TemplateField
            key={index}
            label={`Attempt ${index + 1}`}
            value={message}
            error={error ?? (index === 0 ? errorAt(errors, "messages") : undefined)}
            hint={attemptHint(index, attempts)}
            placeholder={index >= draft.messages.length && index > 0 ? `Repeats attempt ${draft.messages.length}` : undefined}
            onChange={(text) => change({ ...draft, messages: setAttemptMessage(draft.messages, index, text) }, `messages.${index}`)}
          />
        );
      })}
      {unused > 0 ? <p className="text-xs text-amber-700">{unused} more {unused === 1 ? "message is" : "messages are"} never said: raise the attempts to use {unused === 1 ? "it" : "them"}.</p> : null}
    </Section>
  );
}
