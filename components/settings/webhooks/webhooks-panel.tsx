"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Webhook } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { Switch } from "@/components/ui/switch";
import { deleteWebhook, listWebhooks, updateWebhook, type LiveWebhook } from "@/lib/api/live";
import { DeliveryLog } from "./delivery-log";
import { WebhookFormDialog } from "./webhook-form-dialog";

const webhooksKey = ["settings", "webhooks"] as const;

/** Outgoing webhooks: where handoff, ticket and callback events go, and how delivery went. */
export function WebhooksPanel() {
  const queryClient = useQueryClient();
  const { data, error, isPending } = useQuery({ queryKey: webhooksKey, queryFn: listWebhooks });
  const [editing, setEditing] = useState<{ webhook: LiveWebhook | null } | null>(null);
  const [log, setLog] = useState<LiveWebhook | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: webhooksKey });
  const toggle = useMutation({
    mutationFn: (webhook: LiveWebhook) => updateWebhook(webhook.id, { url: webhook.url, events: webhook.events, active: !webhook.active }),
    onSuccess: refresh,
    onError: (caught) => toast.error(caught.message),
  });
  const remove = useMutation({
    mutationFn: (webhook: LiveWebhook) => deleteWebhook(webhook.id),
    onSuccess: () => {
      toast.success("Webhook deleted");
      refresh();
    },
    onError: (caught) => toast.error(caught.message),
  });

  if (isPending) return <Spinner />;
  if (error) return <p role="alert" className="text-sm text-rose-700">{error.message}</p>;
  const add = (
    <Button variant="primary" onClick={() => setEditing({ webhook: null })}>
      <Webhook className="size-4" aria-hidden /> Add webhook
    </Button>
  );
  return (
    <section aria-label="Webhooks">
      {data.webhooks.length === 0 ? (
        <EmptyState title="No webhooks yet" action={add}>
          Tell your CRM or help desk when users are handed off, tickets are opened or callbacks booked.
        </EmptyState>
      ) : (
        <>
          <div className="flex items-center justify-between">
            <p className="text-sm text-slate-600">Each delivery is signed with the webhook&rsquo;s secret and retried with backoff when it fails.</p>
            {add}
          </div>
          <ul aria-label="Webhooks" className="mt-4 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
            {data.webhooks.map((webhook) => (
              <li key={webhook.id} aria-label={webhook.url} className="flex items-center gap-4 px-4 py-3">
                <div className="min-w-0 flex-1">
                  <div className="truncate font-mono text-xs text-slate-900">{webhook.url}</div>
                  <div className="text-xs text-slate-500">
                    {webhook.events.join(", ")} · secret {webhook.secretHint}
                  </div>
                </div>
                <Switch aria-label={`Active: ${webhook.url}`} checked={webhook.active} disabled={toggle.isPending} onCheckedChange={() => toggle.mutate(webhook)} />
                <Button size="sm" onClick={() => setLog(webhook)}>
                  Deliveries
                </Button>
                <Button size="sm" onClick={() => setEditing({ webhook })}>
                  Edit
                </Button>
                <Button size="sm" variant="ghost" className="text-rose-600" disabled={remove.isPending} onClick={() => remove.mutate(webhook)}>
                  Delete
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <WebhookFormDialog
        open={editing !== null}
        webhook={editing?.webhook ?? null}
        onOpenChange={(open) => (open ? undefined : setEditing(null))}
        onSaved={() => {
          toast.success("Webhook saved");
          refresh();
        }}
      />
      <Dialog open={log !== null} onOpenChange={(open) => (open ? undefined : setLog(null))} title="Delivery log" description={log?.url} className="w-[min(96vw,44rem)]">
        {log ? <DeliveryLog webhookId={log.id} /> : null}
      </Dialog>
    </section>
  );
}
