"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Select } from "@/components/ui/input";
import type { IntentTarget } from "@/lib/analytics/add-examples";
import type { PhraseGroup } from "@/lib/analytics/cluster-phrases";
import { teachIntent } from "@/lib/analytics/teach-intent";
import { flowQueryOptions } from "@/lib/api/flows";

/**
 * Adds a group of not-understood phrases as examples of an intent of the draft: pick the intent
 * node and the intent, untick phrases that do not belong, save (a new draft revision).
 */
export function TeachIntentDialog({ flowId, group, targets, onClose }: { flowId: string; group: PhraseGroup | null; targets: readonly IntentTarget[]; onClose: () => void }) {
  const queryClient = useQueryClient();
  const preferred = targets.find((target) => target.nodeId === group?.nodeId) ?? targets[0];
  const [nodeId, setNodeId] = useState(preferred?.nodeId ?? "");
  const target = targets.find((candidate) => candidate.nodeId === nodeId) ?? preferred;
  const [intent, setIntent] = useState(target?.intents[0] ?? "");
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [saving, setSaving] = useState(false);
  if (!group) return null;
  const phrases = group.phrases.map((phrase) => phrase.text).filter((text) => !skipped.has(text));
  const chosenIntent = target?.intents.includes(intent) ? intent : (target?.intents[0] ?? "");

  async function save() {
    if (!target || !chosenIntent) return;
    setSaving(true);
    try {
      const { added, flow } = await teachIntent(flowId, target.nodeId, chosenIntent, phrases);
      queryClient.setQueryData(flowQueryOptions(flowId).queryKey, { flow });
      toast.success(added.length === 0 ? `"${chosenIntent}" already knows these phrases.` : `Added ${added.length} example${added.length === 1 ? "" : "s"} to "${chosenIntent}" (draft revision ${flow.revision}).`);
      onClose();
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title="Teach the bot these phrases"
      description="They become examples of the intent in the flow's draft; publish the draft to use them in live chats."
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" disabled={saving || phrases.length === 0 || !chosenIntent} onClick={() => void save()}>
            Add {phrases.length} example{phrases.length === 1 ? "" : "s"}
          </Button>
        </>
      }
    >
      {targets.length === 0 ? <p className="text-sm text-slate-600">This flow has no intent node to teach.</p> : null}
      <div className="grid grid-cols-2 gap-3">
        <label className="text-xs text-slate-600">
          Intent node
          <Select value={target?.nodeId ?? ""} onChange={(event) => setNodeId(event.target.value)} aria-label="Intent node">
            {targets.map((candidate) => <option key={candidate.nodeId} value={candidate.nodeId}>{candidate.title}</option>)}
          </Select>
        </label>
        <label className="text-xs text-slate-600">
          Intent
          <Select value={chosenIntent} onChange={(event) => setIntent(event.target.value)} aria-label="Intent">
            {(target?.intents ?? []).map((name) => <option key={name} value={name}>{name}</option>)}
          </Select>
        </label>
      </div>
      <ul className="mt-3 max-h-60 space-y-1 overflow-auto text-sm">
        {group.phrases.map((phrase) => (
          <li key={phrase.text}>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={!skipped.has(phrase.text)}
                onChange={(event) => {
                  const next = new Set(skipped);
                  if (event.target.checked) next.delete(phrase.text);
                  else next.add(phrase.text);
                  setSkipped(next);
                }}
              />
              <span className="flex-1">{phrase.text}</span>
              <span className="text-xs tabular-nums text-slate-500">×{phrase.count}</span>
            </label>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
