"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createFlow } from "@/lib/api/flows";

/** Asks for a name, creates the flow and opens it in the editor. */
export function CreateFlowDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const [name, setName] = useState("");
  const router = useRouter();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () => createFlow({ name }),
    onSuccess: ({ flow }) => {
      void queryClient.invalidateQueries({ queryKey: ["flows"] });
      onOpenChange(false);
      setName("");
      router.push(`/flows/${flow.id}`);
    },
  });

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="New flow"
      description="It starts with a Start node; add messages, questions and the handoff path from the palette."
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Field label="Name" htmlFor="new-flow-name" error={create.error?.message}>
          <Input id="new-flow-name" value={name} onChange={(event) => setName(event.target.value)} placeholder="e.g. Order support" autoFocus />
        </Field>
        <div className="mt-5 flex justify-end gap-2">
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={name.trim() === "" || create.isPending}>
            Create flow
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
