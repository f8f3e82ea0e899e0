"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleAlert } from "lucide-react";
import { useId, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import type { AutosaveController } from "@/lib/editor/autosave";
import { useAutosaveState } from "@/components/editor/use-autosave";
import { useDocumentStore } from "@/lib/editor/document-store";
import { useUiStore } from "@/lib/editor/ui-store";
import type { Problem } from "@/lib/flow";
import { ApiError, publishFlow, publishRefusal, versionsQueryOptions } from "@/lib/versions/api";
import { useVersionsView } from "@/lib/versions/versions-view-store";

/**
 * Publishes the saved draft as the next version, with a release note. Waits for autosave first (the
 * server publishes what it has); when refused, lists the errors, each one a link to its node.
 */
export function PublishDialog({ open, onOpenChange, controller }: { open: boolean; onOpenChange: (open: boolean) => void; controller: AutosaveController }) {
  const save = useAutosaveState(controller);
  const flowId = useDocumentStore((state) => state.flowId);
  const queryClient = useQueryClient();
  const noteId = useId();
  const [note, setNote] = useState("");
  const [refused, setRefused] = useState<{ message: string; problems: Problem[] } | null>(null);
  const publish = useMutation({
    mutationFn: () => publishFlow(flowId, { revision: useDocumentStore.getState().revision, note }),
    onSuccess: ({ version }) => {
      toast.success(`Published v${version.version}`, { description: "New live conversations use it; running ones keep their version." });
      void queryClient.invalidateQueries({ queryKey: versionsQueryOptions(flowId).queryKey });
      setNote("");
      setRefused(null);
      onOpenChange(false);
    },
    onError: (error) => {
      const refusal = error instanceof ApiError && error.code === "validation_failed" ? publishRefusal(error.details) : null;
      setRefused({ message: error.message, problems: refusal?.problems ?? [] });
    },
  });
  const saved = save.status === "saved";
  const waiting = !saved && (save.status === "saving" || save.status === "offline");

  const goTo = (nodeId: string) => {
    onOpenChange(false);
    useVersionsView.getState().show(null);
    useUiStore.getState().focusNode(nodeId);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setRefused(null);
        onOpenChange(next);
      }}
      title="Publish this flow"
      description="Freezes the saved draft as the next version. New live conversations use it; conversations already running keep theirs."
      footer={
        <>
          <Button variant="ghost" onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" disabled={!saved || publish.isPending} onClick={() => publish.mutate()}>
            {publish.isPending ? "Publishing…" : "Publish"}
          </Button>
        </>
      }
    >
      <Field label="Release note" htmlFor={noteId} hint="What changed, for whoever reads the version list later.">
        <Textarea id={noteId} value={note} maxLength={500} onChange={(event) => setNote(event.target.value)} placeholder="e.g. Friendlier greeting; refunds go to billing" />
      </Field>
      {!saved ? (
        <p className="mt-3 text-xs text-slate-600" role="status">
          {waiting ? "Waiting for your latest changes to reach the server…" : "Your latest changes are not saved (see the save status); publishing needs them saved."}
        </p>
      ) : null}
      {refused ? <Refusal message={refused.message} problems={refused.problems} onGoTo={goTo} /> : null}
    </Dialog>
  );
}

function Refusal({ message, problems, onGoTo }: { message: string; problems: Problem[]; onGoTo: (nodeId: string) => void }) {
  return (
    <div role="alert" className="mt-4 rounded-md border border-rose-200 bg-rose-50 p-3 text-sm text-rose-900" data-testid="publish-refused">
      <p className="flex items-center gap-1.5 font-medium">
        <CircleAlert aria-hidden className="size-4" /> {message}
      </p>
      {problems.length > 0 ? (
        <ul className="mt-2 max-h-56 space-y-1 overflow-y-auto" aria-label="Errors that block publishing">
          {problems.map(({ nodeId, ...problem }, index) => (
            <li key={`${problem.code}-${nodeId ?? "flow"}-${index}`}>
              {nodeId ? (
                <button type="button" className="text-left underline decoration-rose-300 underline-offset-2 hover:decoration-rose-700" onClick={() => onGoTo(nodeId)}>
                  {problem.message}
                </button>
              ) : (
                <span>{problem.message}</span>
              )}
              <span className="block text-xs text-rose-700">{problem.hint}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
