"use client";

import { useId } from "react";
import { Field } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import { errorAt } from "../inspector/fields/field-errors";
import { NumberField } from "../inspector/fields/number-field";
import { Section } from "../inspector/section";
import { NodeSelect } from "./node-select";
import { withOptional, type SettingsForm } from "./settings-form";

/** When the bot gives up understanding (no_match), where errors go, and when frustration hands off. */
export function UnderstandingSection({ form }: { form: SettingsForm }) {
  const { draft, errors, change } = form;
  const thresholdId = useId();
  const frustrationId = useId();
  const frustration = draft.frustration;
  return (
    <>
      <Section title="Understanding" description="When the bot does not understand, it must know it and act.">
        <NumberField label="Consecutive no-match limit" value={draft.noMatchLimit} error={errorAt(errors, "noMatchLimit")} hint="No-matches in a row, anywhere, that fire the no_match handoff trigger." onChange={(noMatchLimit) => change({ ...draft, noMatchLimit }, "noMatchLimit")} />
        <Field label={`NLU threshold: ${draft.nluThreshold.toFixed(2)}`} htmlFor={thresholdId} error={errorAt(errors, "nluThreshold")} hint="Minimum intent confidence where an Intent node does not set its own.">
          <input id={thresholdId} type="range" min={0} max={1} step={0.05} value={draft.nluThreshold} className="w-full accent-slate-900" onChange={(event) => change({ ...draft, nluThreshold: Number(event.target.value) }, "nluThreshold")} />
        </Field>
        <NodeSelect label="Default fallback" kinds={["fallback"]} value={draft.defaultFallbackNodeId} emptyLabel="None" hint="Where an unconnected no_match port goes." onChange={(id) => change(withOptional(draft, "defaultFallbackNodeId", id), "defaultFallbackNodeId")} />
        <NodeSelect label="Error handler" value={draft.errorHandlerNodeId} emptyLabel="The live-agent Handoff node" hint="Where the error trigger goes (failed webhooks, step limit)." onChange={(id) => change(withOptional(draft, "errorHandlerNodeId", id), "errorHandlerNodeId")} />
      </Section>
      <Section title="Frustration" description="Hand off when the user repeats themselves or gets upset.">
        <div className="flex items-center justify-between">
          <label htmlFor={frustrationId} className="text-sm text-slate-800">Detect frustration</label>
          <Switch id={frustrationId} checked={frustration.enabled} onCheckedChange={(enabled) => change({ ...draft, frustration: { ...frustration, enabled } }, "frustration.enabled")} />
        </div>
        {frustration.enabled ? (
          <div className="grid grid-cols-2 gap-2">
            <NumberField label="Repeat limit" value={frustration.repeatLimit} error={errorAt(errors, "frustration.repeatLimit")} hint="Same message in a row" onChange={(repeatLimit) => change({ ...draft, frustration: { ...frustration, repeatLimit } }, "frustration.repeatLimit")} />
            <NumberField label="Negative limit" value={frustration.negativeLimit} error={errorAt(errors, "frustration.negativeLimit")} hint="Negative messages" onChange={(negativeLimit) => change({ ...draft, frustration: { ...frustration, negativeLimit } }, "frustration.negativeLimit")} />
          </div>
        ) : null}
      </Section>
    </>
  );
}
