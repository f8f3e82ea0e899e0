"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ApiError, conflictDetails, saveFlow, type FlowSummary } from "@/lib/api/flows";

/**
 * Renames through the same revision-checked save as the editor. If someone changed the flow
 * meanwhile, the dialog says so, keeps the typed name, and offers to save it on top.
 */
export function RenameFlowDialog({ flow, open, onOpenChange }: { flow: FlowSummary; open: boolean; onOpenChange: (open: boolean) => void }) {
  const [name, setName] = useState(flow.name);
  const [conflict, setConflict] = useState<{ revision: number; name: string } | null>(null);
  const queryClient = useQueryClient();
  const rename = useMutation({
    mutationFn: (revision: number) => saveFlow(flow.id, { revision, name }),
    onSuccess: () => {
      setConflict(null);
      void queryClient.invalidateQueries({ queryKey: ["flows"] });
      onOpenChange(false);
    },
    onError: (error) => {
      const details = error instanceof ApiError && error.code === "conflict" ? conflictDetails(error.details) : null;
      setConflict(details ? { revision: details.currentRevision, name: details.current.name } : null);
    },
  });

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Rename flow">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          rename.mutate(conflict?.revision ?? flow.revision);
        }}
      >
        <Field label="Name" htmlFor={`rename-${flow.id}`} error={conflict ? undefined : rename.error?.message}>
          <Input id={`rename-${flow.id}`} value={name} onChange={(event) => setName(event.target.value)} autoFocus />
        </Field>
        {conflict ? (
          <div role="alert" className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            Someone else changed this flow while you were renaming it — it is now called <strong>“{conflict.name}”</strong>. Your name is kept
            above: save it on top, or cancel to keep theirs.
          </div>
        ) : null}
        <div className="mt-5 flex justify-end gap-2">
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={name.trim() === "" || rename.isPending}>
            {conflict ? "Save my name on top" : "Rename"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
