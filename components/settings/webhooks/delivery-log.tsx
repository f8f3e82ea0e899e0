"use client";

import { useQuery } from "@tanstack/react-query";
import { format } from "date-fns";
import { Badge } from "@/components/ui/badge";
import { Spinner } from "@/components/ui/spinner";
import { listWebhookDeliveries, type WebhookDelivery } from "@/lib/api/live";

/** Every delivery attempt of one webhook, newest first: status, attempt number, error, next retry. */
export function DeliveryLog({ webhookId }: { webhookId: string }) {
  const { data, error, isPending } = useQuery({ queryKey: ["settings", "webhooks", webhookId, "deliveries"], queryFn: () => listWebhookDeliveries(webhookId), refetchInterval: 10_000 });
  if (isPending) return <Spinner />;
  if (error) return <p role="alert" className="text-sm text-rose-700">{error.message}</p>;
  if (data.deliveries.length === 0) return <p className="text-sm text-slate-500">No deliveries yet.</p>;
  return (
    <table aria-label="Deliveries" className="w-full text-xs">
      <thead className="text-left text-slate-500">
        <tr>
          <th className="py-1 pr-2 font-medium">When</th>
          <th className="py-1 pr-2 font-medium">Event</th>
          <th className="py-1 pr-2 font-medium">Attempt</th>
          <th className="py-1 pr-2 font-medium">Result</th>
        </tr>
      </thead>
      <tbody>
        {data.deliveries.map((delivery) => (
          <tr key={delivery.id} className="border-t border-slate-100 align-top">
            <td className="whitespace-nowrap py-1 pr-2 text-slate-600">{format(new Date(delivery.createdAt), "MM-dd HH:mm:ss")}</td>
            <td className="py-1 pr-2 font-mono">{delivery.event}</td>
            <td className="py-1 pr-2 tabular-nums">{delivery.attempt}</td>
            <td className="py-1 pr-2">
              <Result delivery={delivery} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Result({ delivery }: { delivery: WebhookDelivery }) {
  if (delivery.deliveredAt) return <Badge tone="success">{delivery.statusCode ?? "ok"}</Badge>;
  return (
    <span className="space-x-1">
      <Badge tone="error">{delivery.statusCode ?? "failed"}</Badge>
      {delivery.error ? <span className="text-rose-700">{delivery.error}</span> : null}
      {delivery.nextAttemptAt ? <span className="text-slate-500">retry {format(new Date(delivery.nextAttemptAt), "HH:mm:ss")}</span> : null}
    </span>
  );
}
