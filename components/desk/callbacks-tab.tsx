"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { listCallbacks, updateCallback, type CallbackStatus, type LiveCallback } from "@/lib/api/live";
import { deskKeys } from "./desk-keys";

const STATUS_LABELS: Record<CallbackStatus, string> = { scheduled: "Scheduled", done: "Called — done", missed: "Missed", cancelled: "Cancelled" };
const STATUSES: CallbackStatus[] = ["scheduled", "done", "missed", "cancelled"];

/** Callbacks users booked when nobody could take them, soonest first: call, then mark them. */
export function CallbacksTab() {
  const queryClient = useQueryClient();
  const { data, error, isPending } = useQuery({ queryKey: deskKeys.callbacks, queryFn: () => listCallbacks() });
  const change = useMutation({
    mutationFn: ({ id, status }: { id: string; status: CallbackStatus }) => updateCallback(id, status),
    onSuccess: ({ callback }) =>
      queryClient.setQueryData<{ callbacks: LiveCallback[] }>(deskKeys.callbacks, (current) =>
        current ? { callbacks: current.callbacks.map((item) => (item.id === callback.id ? callback : item)) } : current,
      ),
    onError: (caught) => toast.error(`Status not changed: ${caught.message}`),
  });
  if (isPending) return <Spinner className="m-6" />;
  if (error) return <p role="alert" className="m-6 text-sm text-rose-700">{error.message}</p>;
  if (data.callbacks.length === 0) return <EmptyState title="No callbacks">When no agent is available, flows can book a callback; they show up here.</EmptyState>;
  const callbacks = [...data.callbacks].sort((a, b) => Date.parse(a.slotAt) - Date.parse(b.slotAt));
  return (
    <table aria-label="Callbacks" className="w-full rounded-lg border border-slate-200 bg-white text-sm">
      <thead className="bg-slate-50 text-left text-xs text-slate-500">
        <tr>
          <th className="px-3 py-2 font-medium">Reference</th>
          <th className="px-3 py-2 font-medium">When</th>
          <th className="px-3 py-2 font-medium">Phone</th>
          <th className="px-3 py-2 font-medium">Queue</th>
          <th className="px-3 py-2 font-medium">About</th>
          <th className="px-3 py-2 font-medium">Status</th>
        </tr>
      </thead>
      <tbody>
        {callbacks.map((callback) => (
          <tr key={callback.id} aria-label={callback.reference} className="border-t border-slate-100 align-top">
            <td className="px-3 py-2 font-mono text-xs">{callback.reference}</td>
            <td className="px-3 py-2">{callback.slotLabel}</td>
            <td className="px-3 py-2 font-mono text-xs">{callback.phone}</td>
            <td className="px-3 py-2">{callback.queue}</td>
            <td className="max-w-64 px-3 py-2 text-slate-600">{callback.context?.summary || callback.context?.conversation.lastUserMessage || "—"}</td>
            <td className="px-3 py-2">
              <Select
                aria-label={`Status of ${callback.reference}`}
                className="w-36"
                value={callback.status}
                disabled={change.isPending}
                onChange={(event) => {
                  const status = STATUSES.find((item) => item === event.target.value);
                  if (status) change.mutate({ id: callback.id, status });
                }}
              >
                {STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {STATUS_LABELS[status]}
                  </option>
                ))}
              </Select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
