"use client";

import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { nodeKinds } from "@/lib/flow";
import type { QuickReply } from "@/lib/flow/node-kinds/message";
import { errorAt } from "./fields/field-errors";
import { ListControls } from "./fields/list-controls";
import { moveItem, removeItem, replaceItem } from "./fields/move-item";
import { TemplateField } from "./fields/template-field";
import { Section } from "./section";
import type { SettingsProps } from "./settings-props";
import { useNodeDraft } from "./use-node-draft";

/** Message: the text (with `{{variables}}`) and optional quick replies. */
export function MessageSettings({ node }: SettingsProps<"message">) {
  const { draft, errors, change } = useNodeDraft(node.id, node.config, nodeKinds.message.configSchema);
  const replies = draft.quickReplies;
  const setReplies = (quickReplies: QuickReply[], field: string) => change({ ...draft, quickReplies }, field);

  return (
    <>
      <Section title="Message">
        <TemplateField label="Text" multiline value={draft.text} error={errorAt(errors, "text")} onChange={(text) => change({ ...draft, text }, "text")} />
      </Section>
      <Section
        title="Quick replies"
        description="Buttons the user can tap instead of typing."
        action={
          <Button size="sm" onClick={() => setReplies([...replies, { label: `Option ${replies.length + 1}` }], "quickReplies.add")}>
            <Plus className="h-3.5 w-3.5" /> Add reply
          </Button>
        }
      >
        {replies.length === 0 ? <p className="text-xs text-slate-500">No quick replies.</p> : null}
        <ul className="space-y-2">
          {replies.map((reply, index) => {
            const error = errorAt(errors, `quickReplies.${index}`, true);
            return (
              <li key={index} className="space-y-1">
                <div className="flex items-center gap-1.5">
                  <Input
                    aria-label={`Quick reply ${index + 1} label`}
                    value={reply.label}
                    aria-invalid={error !== undefined || undefined}
                    onChange={(event) => setReplies(replaceItem(replies, index, { ...reply, label: event.target.value }), `quickReplies.${index}.label`)}
                  />
                  <Input
                    aria-label={`Quick reply ${index + 1} value`}
                    placeholder="sends the label"
                    value={reply.value ?? ""}
                    onChange={(event) => {
                      const { value: _old, ...rest } = reply;
                      const next = event.target.value === "" ? rest : { ...rest, value: event.target.value };
                      setReplies(replaceItem(replies, index, next), `quickReplies.${index}.value`);
                    }}
                  />
                  <ListControls
                    index={index}
                    length={replies.length}
                    what={`quick reply ${index + 1}`}
                    onMove={(to) => setReplies(moveItem(replies, index, to), "quickReplies.move")}
                    onRemove={() => setReplies(removeItem(replies, index), "quickReplies.remove")}
                  />
                </div>
                {error ? <p role="alert" className="text-xs text-rose-600">{error}</p> : null}
              </li>
            );
          })}
        </ul>
      </Section>
    </>
  );
}
