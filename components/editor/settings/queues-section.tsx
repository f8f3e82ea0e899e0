"use client";

import { Plus, X } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useDocumentStore } from "@/lib/editor/document-store";
import { Section } from "../inspector/section";
import { newQueueName, queueNameError, renameQueue } from "./queue-ops";
import type { SettingsForm } from "./settings-form";

/**
 * The queues Handoff, Ticket and Callback nodes and routing rules send users to. A rename is
 * applied on Enter or when leaving the field, everywhere the queue is used.
 */
export function QueuesSection({ form }: { form: SettingsForm }) {
  const { draft, change } = form;
  const queues = draft.queues;
  const remove = (name: string) => {
    const rest = queues.filter((queue) => queue !== name);
    change({ ...draft, queues: rest, defaultQueue: draft.defaultQueue === name ? (rest[0] ?? "") : draft.defaultQueue }, "queues.remove");
  };
  return (
    <Section
      title="Queues"
      description="Where handoffs, tickets and callbacks go. The default takes whatever no routing rule claims."
      action={
        <Button size="sm" onClick={() => change({ ...draft, queues: [...queues, newQueueName(queues)] }, "queues.add")}>
          <Plus className="h-3.5 w-3.5" /> Add queue
        </Button>
      }
    >
      <ul className="space-y-1.5" aria-label="Queues">
        {queues.map((queue, index) => (
          <QueueRow
            key={`${index}:${queue}`}
            name={queue}
            queues={queues}
            isDefault={draft.defaultQueue === queue}
            onMakeDefault={() => change({ ...draft, defaultQueue: queue }, "defaultQueue")}
            onRemove={() => remove(queue)}
          />
        ))}
      </ul>
      {queues.length === 0 ? <p role="alert" className="text-xs text-rose-600">Add at least one queue.</p> : null}
    </Section>
  );
}

function QueueRow({ name, queues, isDefault, onMakeDefault, onRemove }: {
  name: string;
  queues: readonly string[];
  isDefault: boolean;
  onMakeDefault(): void;
  onRemove(): void;
}) {
  const [text, setText] = useState(name);
  const error = queueNameError(queues, text, name);
  const apply = () => {
    if (error !== null || text.trim() === name) return;
    const store = useDocumentStore.getState();
    store.applyDocument(renameQueue(store.document, name, text.trim()), "Rename queue");
  };
  return (
    <li className="space-y-1">
      <div className="flex items-center gap-1.5">
        <Input
          aria-label={`Queue ${name} name`}
          value={text}
          aria-invalid={error !== null || undefined}
          onChange={(event) => setText(event.target.value)}
          onBlur={apply}
          onKeyDown={(event) => { if (event.key === "Enter") apply(); }}
        />
        <label className="flex shrink-0 items-center gap-1 text-xs text-slate-600">
          <input type="radio" name="default-queue" checked={isDefault} onChange={onMakeDefault} className="accent-slate-900" />
          default
        </label>
        <Button variant="ghost" size="icon" className="h-7 w-7 shrink-0" aria-label={`Remove queue ${name}`} onClick={onRemove}>
          <X className="h-3.5 w-3.5" />
        </Button>
      </div>
      {error ? <p role="alert" className="text-xs text-rose-600">{error}</p> : null}
    </li>
  );
}
