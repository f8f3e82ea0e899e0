"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { createTesterNote, previewKeys } from "@/lib/preview/preview-api";
import type { PreviewSnapshot } from "@/lib/preview/preview-session";

/** "Send note to designers": a note about this conversation, stored with its transcript. */
export function SendNoteDialog({ flowId, snapshot, open, onOpenChange }: { flowId: string; snapshot: PreviewSnapshot; open: boolean; onOpenChange: (open: boolean) => void }) {
  const [text, setText] = useState("");
  const [author, setAuthor] = useState("");
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: () => {
      const transcript = snapshot.entries.map((entry) => ({ from: entry.from, text: entry.text }));
      const trimmedAuthor = author.trim();
      return createTesterNote(flowId, { text: text.trim(), transcript, ...(trimmedAuthor ? { author: trimmedAuthor } : {}) });
    },
    onSuccess: () => {
      toast.success("Note sent to the designers");
      void queryClient.invalidateQueries({ queryKey: previewKeys.notes(flowId) });
      setText("");
      onOpenChange(false);
    },
    onError: (error) => toast.error(`Could not send the note: ${error.message}`),
  });
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Send note to designers"
      description="What felt wrong or confusing? The conversation is attached."
      footer={
        <>
          <Button variant="ghost" onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" disabled={!text.trim() || send.isPending} onClick={() => send.mutate()}>Send note</Button>
        </>
      }
    >
      <div className="space-y-3">
        <Field label="Note" htmlFor="tester-note">
          <Textarea id="tester-note" autoFocus value={text} maxLength={5000} onChange={(event) => setText(event.target.value)} />
        </Field>
        <Field label="Your name (optional)" htmlFor="tester-name">
          <Input id="tester-name" value={author} maxLength={100} onChange={(event) => setAuthor(event.target.value)} />
        </Field>
      </div>
    </Dialog>
  );
}
