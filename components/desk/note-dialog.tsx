"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";

/** What the dialog asks for; `queue` only for a transfer. */
export interface NoteDialogValues {
  note: string;
  queue: string;
}

/**
 * Finishing a conversation: resolve (note optional), hand back to the bot (note required — the
 * flow reads it as {{handoff_note}}), or transfer to another queue. Errors from the API appear
 * in the dialog, next to what caused them.
 */
export function NoteDialog(props: Parameters<typeof OpenNoteDialog>[0]) {
  // mounted only while open, so every opening starts from the props
  return props.open ? <OpenNoteDialog {...props} /> : null;
}

function OpenNoteDialog({
  open,
  onOpenChange,
  title,
  description,
  confirm,
  noteRequired,
  queues,
  onSubmit,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: string;
  confirm: string;
  noteRequired: boolean;
  /** Set for a transfer: the queues to offer. */
  queues?: readonly string[];
  onSubmit: (values: NoteDialogValues) => Promise<void>;
}) {
  const [values, setValues] = useState<NoteDialogValues>({ note: "", queue: "" });
  const [errors, setErrors] = useState<{ note?: string; queue?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next: typeof errors = {};
    if (noteRequired && !values.note.trim()) next.note = "Write a note: the bot tells the user what was done.";
    if (queues && !values.queue.trim()) next.queue = "Pick the queue to transfer to.";
    setErrors(next);
    if (next.note || next.queue) return;
    setBusy(true);
    try {
      await onSubmit({ note: values.note.trim(), queue: values.queue.trim() });
      onOpenChange(false);
    } catch (error) {
      setErrors({ form: error instanceof Error ? error.message : "That did not work. Try again." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={title} description={description}>
      <form onSubmit={submit} className="space-y-3" noValidate>
        {queues ? (
          <Field label="Queue" htmlFor="desk-transfer-queue" error={errors.queue}>
            <Input id="desk-transfer-queue" list="desk-queue-names" value={values.queue} onChange={(event) => setValues({ ...values, queue: event.target.value })} autoFocus aria-invalid={errors.queue ? true : undefined} />
            <datalist id="desk-queue-names">
              {queues.map((queue) => (
                <option key={queue} value={queue} />
              ))}
            </datalist>
          </Field>
        ) : null}
        <Field label={noteRequired ? "Note" : "Note (optional)"} htmlFor="desk-note" error={errors.note}>
          <Textarea
            id="desk-note"
            value={values.note}
            maxLength={2000}
            onChange={(event) => setValues({ ...values, note: event.target.value })}
            autoFocus={!queues}
            aria-invalid={errors.note ? true : undefined}
          />
        </Field>
        {errors.form ? (
          <p role="alert" className="text-sm text-rose-700">
            {errors.form}
          </p>
        ) : null}
        <div className="flex justify-end gap-2 pt-1">
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? "Working…" : confirm}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
