"use client";

import { useId } from "react";
import { Textarea } from "@/components/ui/input";
import { Field } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import { DEFAULT_LIVE_AGENT_PHRASES, type FlowSettings } from "@/lib/flow";
import { errorAt } from "../inspector/fields/field-errors";
import { LinesField } from "../inspector/fields/lines-field";
import { Section } from "../inspector/section";
import { NodeSelect } from "./node-select";
import type { SettingsForm } from "./settings-form";

/** The `user_request` trigger: whether users can ask for a person anywhere, how, and who takes them. */
export function LiveAgentSection({ form }: { form: SettingsForm }) {
  const { draft, errors, change } = form;
  const liveAgent = draft.liveAgent;
  const switchId = useId();
  const reasonId = useId();
  const set = (next: Partial<FlowSettings["liveAgent"]>, field: string) => change({ ...draft, liveAgent: { ...liveAgent, ...next } }, `liveAgent.${field}`);
  const reasonMissing = !liveAgent.enabled && liveAgent.disabledReason.trim() === "";
  return (
    <Section title="Live agent" description="“Talk to a person” from anywhere in the conversation (the user_request trigger).">
      <div className="flex items-center justify-between">
        <label htmlFor={switchId} className="text-sm text-slate-800">Users can ask for a person</label>
        <Switch id={switchId} checked={liveAgent.enabled} onCheckedChange={(enabled) => set({ enabled }, "enabled")} />
      </div>
      {liveAgent.enabled ? (
        <>
          <LinesField
            label="Extra phrases"
            value={liveAgent.phrases}
            error={errorAt(errors, "liveAgent.phrases", true)}
            hint={`Added to the built-in ones (“${DEFAULT_LIVE_AGENT_PHRASES[0]}”, “${DEFAULT_LIVE_AGENT_PHRASES[1]}”…). One per line.`}
            onChange={(phrases) => set({ phrases }, "phrases")}
          />
          <NodeSelect
            label="Handoff node for requests"
            kinds={["handoff"]}
            value={liveAgent.handoffNodeId}
            emptyLabel="The first Handoff node"
            onChange={(handoffNodeId) => {
              const { handoffNodeId: _old, ...rest } = liveAgent;
              change({ ...draft, liveAgent: handoffNodeId === undefined ? rest : { ...rest, handoffNodeId } }, "liveAgent.handoffNodeId");
            }}
          />
        </>
      ) : (
        <Field label="Reason (required)" htmlFor={reasonId} error={reasonMissing ? "Say why users cannot ask for a person in this flow" : undefined} hint="Reviewers and agents read this.">
          <Textarea id={reasonId} rows={2} value={liveAgent.disabledReason} aria-invalid={reasonMissing || undefined} onChange={(event) => set({ disabledReason: event.target.value }, "disabledReason")} />
        </Field>
      )}
    </Section>
  );
}
