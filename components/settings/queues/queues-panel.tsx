"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ListOrdered } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { deleteQueue, listQueues, type LiveQueue } from "@/lib/api/live";
import { hoursSummary } from "./queue-form";
import { QueueFormDialog } from "./queue-form-dialog";

export const queuesKey = ["settings", "queues"] as const;

/** Queues with their hours, time zone and what is happening in them right now. */
export function QueuesPanel() {
  const queryClient = useQueryClient();
  const { data, error, isPending } = useQuery({ queryKey: queuesKey, queryFn: listQueues });
  const [editing, setEditing] = useState<{ queue: LiveQueue | null } | null>(null);
  const [deleting, setDeleting] = useState<LiveQueue | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: queuesKey });
  const remove = useMutation({
    mutationFn: (queue: LiveQueue) => deleteQueue(queue.id),
    onSuccess: (_, queue) => {
      toast.success(`Queue ${queue.name} deleted`);
      setDeleting(null);
      refresh();
    },
    onError: (caught) => toast.error(caught.message),
  });

  if (isPending) return <Spinner />;
  if (error) return <p role="alert" className="text-sm text-rose-700">{error.message}</p>;
  const add = (
    <Button variant="primary" onClick={() => setEditing({ queue: null })}>
      <ListOrdered className="size-4" aria-hidden /> Add queue
    </Button>
  );
  return (
    <section aria-label="Queues">
      {data.queues.length === 0 ? (
        <EmptyState title="No queues yet" action={add}>
          A queue is where handed-off users wait for an agent: its business hours, time zone and holidays decide when it is open.
        </EmptyState>
      ) : (
        <>
          <div className="flex items-center justify-between">
            <p className="text-sm text-slate-600">Flows name these queues in their Handoff nodes and routing rules.</p>
            {add}
          </div>
          <table aria-label="Queues" className="mt-4 w-full rounded-lg border border-slate-200 bg-white text-sm">
            <thead className="bg-slate-50 text-left text-xs text-slate-500">
              <tr>
                <th className="px-3 py-2 font-medium">Queue</th>
                <th className="px-3 py-2 font-medium">Hours</th>
                <th className="px-3 py-2 font-medium">Now</th>
                <th className="px-3 py-2 font-medium sr-only">Actions</th>
              </tr>
            </thead>
            <tbody>
              {data.queues.map((queue) => (
                <tr key={queue.id} aria-label={queue.name} className="border-t border-slate-100 align-top">
                  <td className="px-3 py-2">
                    <div className="font-medium text-slate-900">{queue.name}</div>
                    <div className="text-xs text-slate-500">
                      wait {queue.waitTimeoutSec > 0 ? `${queue.waitTimeoutSec}s` : "per node"} · capacity {queue.capacity}
                    </div>
                  </td>
                  <td className="px-3 py-2 text-xs text-slate-700">
                    {hoursSummary(queue.hours)}
                    <div className="text-slate-500">
                      {queue.timeZone}
                      {queue.holidays.length > 0 ? ` · ${queue.holidays.length} holiday${queue.holidays.length === 1 ? "" : "s"}` : ""}
                    </div>
                  </td>
                  <td className="px-3 py-2 text-xs">
                    {queue.live.open ? <Badge tone="success">Open</Badge> : <Badge tone="neutral">Closed</Badge>}
                    <div className="mt-1 text-slate-500">
                      {queue.live.agentsAvailable} agent{queue.live.agentsAvailable === 1 ? "" : "s"} free · {queue.live.waiting} waiting
                    </div>
                  </td>
                  <td className="px-3 py-2 text-right">
                    <div className="flex justify-end gap-2">
                      <Button size="sm" onClick={() => setEditing({ queue })}>
                        Edit
                      </Button>
                      <Button size="sm" variant="ghost" className="text-rose-600" onClick={() => setDeleting(queue)}>
                        Delete
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <QueueFormDialog
        open={editing !== null}
        queue={editing?.queue ?? null}
        onOpenChange={(open) => (open ? undefined : setEditing(null))}
        onSaved={(queue) => {
          toast.success(`Queue ${queue.name} saved`);
          refresh();
        }}
      />
      <Dialog
        open={deleting !== null}
        onOpenChange={(open) => (open ? undefined : setDeleting(null))}
        title="Delete queue"
        description={deleting ? `Flows that hand off to "${deleting.name}" will find it closed until a queue with that name exists again.` : undefined}
        footer={
          <>
            <Button onClick={() => setDeleting(null)}>Cancel</Button>
            <Button variant="danger" disabled={remove.isPending} onClick={() => deleting && remove.mutate(deleting)}>
              Delete queue
            </Button>
          </>
        }
      />
    </section>
  );
}
