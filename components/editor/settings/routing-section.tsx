"use client";

import { Plus } from "lucide-react";
import { useId, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import type { RoutingRule } from "@/lib/flow";
import { ConditionBuilder } from "../inspector/condition/condition-builder";
import { errorAt } from "../inspector/fields/field-errors";
import { ListControls } from "../inspector/fields/list-controls";
import { moveItem, removeItem, replaceItem } from "../inspector/fields/move-item";
import { TextField } from "../inspector/fields/text-field";
import { Section } from "../inspector/section";
import type { SettingsForm } from "./settings-form";

/** Routing rules, in order: the first whose condition holds picks the queue of a Handoff without one. */
export function RoutingSection({ form }: { form: SettingsForm }) {
  const { draft, errors, change } = form;
  const rules = draft.routing;
  const setRules = (routing: RoutingRule[], field: string) => change({ ...draft, routing }, field);
  return (
    <Section
      title="Routing rules"
      description="For Handoff nodes without a queue: the first rule that holds picks it; otherwise the default queue."
      action={
        <Button size="sm" onClick={() => setRules([...rules, { queue: draft.defaultQueue, label: "", when: { "==": [{ var: "intent" }, ""] } }], "routing.add")}>
          <Plus className="h-3.5 w-3.5" /> Add rule
        </Button>
      }
    >
      {rules.length === 0 ? <p className="text-xs text-slate-500">No rules: every such handoff goes to the default queue.</p> : null}
      <ol className="space-y-3">
        {rules.map((rule, index) => (
          <RuleCard
            key={index}
            rule={rule}
            index={index}
            queues={draft.queues}
            error={errorAt(errors, `routing.${index}`, true)}
            onChange={(next, field) => setRules(replaceItem(rules, index, next), `routing.${index}.${field}`)}
            controls={
              <ListControls index={index} length={rules.length} what={`rule ${index + 1}`} onMove={(to) => setRules(moveItem(rules, index, to), "routing.move")} onRemove={() => setRules(removeItem(rules, index), "routing.remove")} />
            }
          />
        ))}
      </ol>
    </Section>
  );
}

function RuleCard({ rule, index, queues, error, onChange, controls }: {
  rule: RoutingRule;
  index: number;
  queues: readonly string[];
  error?: string;
  onChange(rule: RoutingRule, field: string): void;
  controls: ReactNode;
}) {
  const queueId = useId();
  return (
    <li className="space-y-2 rounded-md border border-slate-200 p-2.5" aria-label={`Routing rule ${index + 1}`}>
      <div className="flex items-center justify-between">
        <span className="text-xs font-medium text-slate-500">Rule {index + 1}</span>
        {controls}
      </div>
      <TextField label="Label" value={rule.label} placeholder="Billing questions" onChange={(label) => onChange({ ...rule, label }, "label")} />
      <Field label="Send to queue" htmlFor={queueId} error={queues.includes(rule.queue) ? undefined : `The flow has no queue “${rule.queue}”`}>
        <Select id={queueId} value={rule.queue} onChange={(event) => onChange({ ...rule, queue: event.target.value }, "queue")}>
          {queues.map((queue) => <option key={queue} value={queue}>{queue}</option>)}
          {queues.includes(rule.queue) ? null : <option value={rule.queue}>{rule.queue} (unknown)</option>}
        </Select>
      </Field>
      <div className="space-y-1">
        <span className="text-xs font-medium text-slate-700">When</span>
        <ConditionBuilder value={rule.when} extraVariables={["intent", "trigger", "node"]} onChange={(when) => onChange({ ...rule, when }, "when")} />
      </div>
      {error ? <p role="alert" className="text-xs text-rose-600">{error}</p> : null}
    </li>
  );
}
