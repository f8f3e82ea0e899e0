"use client";

import { Plus } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { nodeKinds } from "@/lib/flow";
import type { IntentDef } from "@/lib/flow/node-kinds/intent";
import { useDocumentStore } from "@/lib/editor/document-store";
import { errorAt } from "./fields/field-errors";
import { LinesField } from "./fields/lines-field";
import { moveItem, removeItem, replaceItem } from "./fields/move-item";
import { TemplateField } from "./fields/template-field";
import { IntentCard } from "./intent/intent-card";
import { renamePortEdges } from "./intent/port-rename";
import { TrySentence } from "./intent/try-sentence";
import { Section } from "./section";
import type { SettingsProps } from "./settings-props";
import { useNodeDraft } from "./use-node-draft";

/** Intent: the intents it routes on (one port each), what to reject, the threshold, and a live test box. */
export function IntentSettings({ node }: SettingsProps<"intent">) {
  const { draft, errors, change } = useNodeDraft(node.id, node.config, nodeKinds.intent.configSchema);
  const settings = useDocumentStore((state) => state.document.settings);
  const thresholdId = useId();
  const intents = draft.intents;
  const setIntents = (next: IntentDef[], field: string) => change({ ...draft, intents: next }, field);
  const renamed = (from: string, to: string) => {
    const store = useDocumentStore.getState();
    const stored = store.document.nodes.find((candidate) => candidate.id === node.id);
    const names = stored?.kind === "intent" ? stored.config.intents.map((intent) => intent.name) : [];
    // only follow a rename that was saved (an invalid name is not a port yet)
    if (!names.includes(to) || names.includes(from)) return;
    const doc = renamePortEdges(store.document, node.id, from, to);
    if (doc !== store.document) store.applyDocument(doc, "Rename intent");
  };
  const threshold = draft.threshold ?? settings.nluThreshold;

  return (
    <>
      <Section title="Prompt">
        <TemplateField label="Said before waiting" multiline value={draft.prompt} error={errorAt(errors, "prompt")} hint="Leave empty when the previous node already asked." onChange={(prompt) => change({ ...draft, prompt }, "prompt")} />
      </Section>
      <Section title="Test">
        <TrySentence config={draft} settings={settings} />
      </Section>
      <Section
        title="Intents"
        description="Each intent is a port; anything below the threshold leaves through no_match."
        action={
          <Button size="sm" onClick={() => setIntents([...intents, { name: `intent_${intents.length + 1}`, examples: [], keywords: [], patterns: [] }], "intents.add")}>
            <Plus className="h-3.5 w-3.5" /> Add intent
          </Button>
        }
      >
        {errorAt(errors, "intents") ? <p role="alert" className="text-xs text-rose-600">{errorAt(errors, "intents")}</p> : null}
        <ul className="space-y-3">
          {intents.map((intent, index) => (
            <IntentCard
              key={index}
              intent={intent}
              index={index}
              count={intents.length}
              errors={errors}
              onChange={(next, field) => setIntents(replaceItem(intents, index, next), field)}
              onMove={(to) => setIntents(moveItem(intents, index, to), "intents.move")}
              onRemove={() => setIntents(removeItem(intents, index), "intents.remove")}
              onRenamed={renamed}
            />
          ))}
        </ul>
        <LinesField label="Out of scope" rows={3} value={draft.outOfScope} error={errorAt(errors, "outOfScope", true)} hint="Sentences that belong to no intent: they teach the bot what to reject." onChange={(outOfScope) => change({ ...draft, outOfScope }, "outOfScope")} />
        <Field label={`Threshold: ${threshold.toFixed(2)}${draft.threshold === undefined ? " (flow default)" : ""}`} htmlFor={thresholdId} error={errorAt(errors, "threshold")}>
          <div className="flex items-center gap-2">
            <input
              id={thresholdId}
              type="range"
              min={0}
              max={1}
              step={0.05}
              value={threshold}
              className="flex-1 accent-slate-900"
              onChange={(event) => change({ ...draft, threshold: Number(event.target.value) }, "threshold")}
            />
            {draft.threshold !== undefined ? (
              <Button size="sm" variant="ghost" onClick={() => { const { threshold: _old, ...rest } = draft; change(rest, "threshold"); }}>
                Use flow default
              </Button>
            ) : null}
          </div>
        </Field>
      </Section>
    </>
  );
}
