"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ApiError, createQueue, updateQueue, type LiveQueue } from "@/lib/api/live";
import { fieldErrorsOf } from "@/lib/desk/field-errors";
import { HolidaysEditor } from "./holidays-editor";
import { draftOf, emptyQueueDraft, validateQueueDraft, type QueueDraft, type QueueErrors } from "./queue-form";
import { TimeZoneSelect } from "./time-zone-select";
import { WeeklyHoursEditor } from "./weekly-hours-editor";

/**
 * Creates or edits a queue: name, time zone, hours per weekday, holidays, wait timeout and
 * capacity. Checked as you save; the server's objections land on the field they are about.
 */
export function QueueFormDialog(props: Parameters<typeof OpenQueueFormDialog>[0]) {
  // mounted only while open, so every opening starts from the props
  return props.open ? <OpenQueueFormDialog {...props} /> : null;
}

function OpenQueueFormDialog({ open, queue, onOpenChange, onSaved }: { open: boolean; queue: LiveQueue | null; onOpenChange: (open: boolean) => void; onSaved: (queue: LiveQueue) => void }) {
  const [draft, setDraft] = useState<QueueDraft>(() => (queue ? draftOf(queue) : emptyQueueDraft(localZone())));
  const [errors, setErrors] = useState<QueueErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const edit = (patch: Partial<QueueDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    // once the form has complained, keep its errors current as the admin fixes them
    if (Object.keys(errors).length > 0) setErrors(validateQueueDraft(next).errors);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { errors: found, input } = validateQueueDraft(draft);
    setErrors(found);
    setFormError(null);
    if (!input) return;
    setBusy(true);
    try {
      const saved = queue ? await updateQueue(queue.id, input) : await createQueue(input);
      onSaved(saved.queue);
      onOpenChange(false);
    } catch (caught) {
      if (caught instanceof ApiError) {
        const fields = fieldErrorsOf(caught.details);
        setErrors(fields);
        if (Object.keys(fields).length === 0 || caught.status === 409) setFormError(caught.message);
      } else setFormError("Could not reach Baton. Try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={queue ? `Edit queue ${queue.name}` : "Add queue"} className="w-[min(96vw,42rem)]" description="Flows hand users to a queue by its name. Outside its hours, handoffs take the flow's unavailable path.">
      <form onSubmit={submit} noValidate className="max-h-[70vh] space-y-4 overflow-y-auto pr-1">
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Name" htmlFor="queue-name" error={errors.name}>
            <Input id="queue-name" value={draft.name} onChange={(event) => edit({ name: event.target.value })} aria-invalid={errors.name ? true : undefined} autoFocus />
          </Field>
          <Field label="Time zone" htmlFor="queue-zone" error={errors.timeZone}>
            <TimeZoneSelect id="queue-zone" value={draft.timeZone} onChange={(timeZone) => edit({ timeZone })} invalid={Boolean(errors.timeZone)} />
          </Field>
        </div>
        <WeeklyHoursEditor hours={draft.hours} errors={errors} onChange={(hours) => edit({ hours })} />
        <HolidaysEditor holidays={draft.holidays} errors={errors} onChange={(holidays) => edit({ holidays })} />
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Wait timeout (seconds)" htmlFor="queue-timeout" error={errors.waitTimeoutSec} hint="How long a user waits for an agent before the bot takes over. 0 uses the Handoff node's.">
            <Input id="queue-timeout" inputMode="numeric" value={draft.waitTimeoutSec} onChange={(event) => edit({ waitTimeoutSec: event.target.value })} aria-invalid={errors.waitTimeoutSec ? true : undefined} />
          </Field>
          <Field label="Capacity" htmlFor="queue-capacity" error={errors.capacity} hint="Most users waiting at once; beyond it the queue counts as full.">
            <Input id="queue-capacity" inputMode="numeric" value={draft.capacity} onChange={(event) => edit({ capacity: event.target.value })} aria-invalid={errors.capacity ? true : undefined} />
          </Field>
        </div>
        {formError ? (
          <p role="alert" className="text-sm text-rose-700">
            {formError}
          </p>
        ) : null}
        <div className="flex justify-end gap-2 pt-1">
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? "Saving…" : queue ? "Save queue" : "Add queue"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function localZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}
