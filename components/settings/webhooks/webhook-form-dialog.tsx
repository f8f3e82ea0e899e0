"use client";

import { KeyRound } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { ApiError, createWebhook, updateWebhook, type LiveWebhook } from "@/lib/api/live";
import { fieldErrorsOf } from "@/lib/desk/field-errors";
import { EVENT_LABELS, generateSecret, validateWebhookDraft, WEBHOOK_EVENTS, type WebhookDraft } from "./webhook-form";

const EMPTY: WebhookDraft = { url: "", secret: "", events: ["handoff.requested"], active: true };

/**
 * Adds or edits an outgoing webhook: where to POST, the signing secret (generated here, shown
 * until saved, never again), which events, and whether it is on.
 */
export function WebhookFormDialog(props: Parameters<typeof OpenWebhookFormDialog>[0]) {
  // mounted only while open, so every opening starts from the props
  return props.open ? <OpenWebhookFormDialog {...props} /> : null;
}

function OpenWebhookFormDialog({ open, webhook, onOpenChange, onSaved }: { open: boolean; webhook: LiveWebhook | null; onOpenChange: (open: boolean) => void; onSaved: (webhook: LiveWebhook) => void }) {
  const [draft, setDraft] = useState<WebhookDraft>(() =>
    webhook ? { url: webhook.url, secret: "", events: [...webhook.events], active: webhook.active } : { ...EMPTY, secret: generateSecret() },
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { errors: found, input } = validateWebhookDraft(draft, webhook !== null);
    setErrors(found);
    setFormError(null);
    if (!input) return;
    setBusy(true);
    try {
      const saved = webhook ? await updateWebhook(webhook.id, input) : await createWebhook({ ...input, secret: input.secret ?? draft.secret.trim() });
      onSaved(saved.webhook);
      onOpenChange(false);
    } catch (caught) {
      if (caught instanceof ApiError) {
        const fields = fieldErrorsOf(caught.details);
        setErrors(fields);
        if (Object.keys(fields).length === 0) setFormError(caught.message);
      } else setFormError("Could not reach Baton. Try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={webhook ? "Edit webhook" : "Add webhook"} description="Baton POSTs JSON to this URL when the events happen, signed with the secret, and retries failed deliveries.">
      <form onSubmit={submit} noValidate className="space-y-3">
        <Field label="URL" htmlFor="webhook-url" error={errors.url}>
          <Input id="webhook-url" type="url" placeholder="https://example.com/baton-events" value={draft.url} onChange={(event) => setDraft({ ...draft, url: event.target.value })} aria-invalid={errors.url ? true : undefined} autoFocus />
        </Field>
        <Field label="Secret" htmlFor="webhook-secret" error={errors.secret} hint={webhook ? `Current: ${webhook.secretHint}. Leave empty to keep it.` : "Copy it to the receiver now: it is not shown again after saving."}>
          <div className="flex gap-1.5">
            <Input id="webhook-secret" className="font-mono text-xs" value={draft.secret} onChange={(event) => setDraft({ ...draft, secret: event.target.value })} aria-invalid={errors.secret ? true : undefined} autoComplete="off" />
            <Button onClick={() => setDraft({ ...draft, secret: generateSecret() })}>
              <KeyRound className="size-4" aria-hidden /> Generate
            </Button>
          </div>
        </Field>
        <fieldset>
          <legend className="mb-1 text-xs font-medium text-slate-700">Events</legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {WEBHOOK_EVENTS.map((name) => (
              <label key={name} className="flex items-start gap-1.5 text-sm">
                <input
                  type="checkbox"
                  className="mt-1"
                  checked={draft.events.includes(name)}
                  onChange={(event) => setDraft({ ...draft, events: event.target.checked ? [...draft.events, name] : draft.events.filter((item) => item !== name) })}
                />
                <span>
                  <code className="text-xs">{name}</code>
                  <span className="block text-xs text-slate-500">{EVENT_LABELS[name]}</span>
                </span>
              </label>
            ))}
          </div>
          {errors.events ? <p role="alert" className="text-xs text-rose-600">{errors.events}</p> : null}
        </fieldset>
        <label className="flex items-center gap-2 text-sm" htmlFor="webhook-active">
          <Switch id="webhook-active" checked={draft.active} onCheckedChange={(active) => setDraft({ ...draft, active })} /> Active
        </label>
        {formError ? <p role="alert" className="text-sm text-rose-700">{formError}</p> : null}
        <div className="flex justify-end gap-2 pt-1">
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? "Saving…" : webhook ? "Save webhook" : "Add webhook"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
