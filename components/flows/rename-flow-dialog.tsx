"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { saveFlow, type FlowSummary } from "@/lib/api/flows";

/** Renames through the same revision-checked save as the editor, so it never overwrites an edit. */
export function RenameFlowDialog({ flow, open, onOpenChange }: { flow: FlowSummary; open: boolean; onOpenChange: (open: boolean) => void }) {
  const [name, setName] = useState(flow.name);
  const queryClient = useQueryClient();
  const rename = useMutation({
    mutationFn: () => saveFlow(flow.id, { revision: flow.revision, name }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["flows"] });
      onOpenChange(false);
    },
  });
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Rename flow">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          rename.mutate();
        }}
      >
        <Field label="Name" htmlFor={`rename-${flow.id}`} error={rename.error?.message}>
          <Input id={`rename-${flow.id}`} value={name} onChange={(event) => setName(event.target.value)} autoFocus />
        </Field>
        <div className="mt-5 flex justify-end gap-2">
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={name.trim() === "" || rename.isPending}>
            Rename
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
