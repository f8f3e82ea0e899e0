"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { format } from "date-fns";
import { toast } from "sonner";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { listTickets, updateTicket, type LiveTicket, type TicketStatus } from "@/lib/api/live";
import { deskKeys } from "./desk-keys";

const STATUS_LABELS: Record<TicketStatus, string> = { open: "Open", pending: "In progress", closed: "Done" };
const STATUSES: TicketStatus[] = ["open", "pending", "closed"];

/** Tickets users left when nobody could take them: work them open → in progress → done. */
export function TicketsTab() {
  const queryClient = useQueryClient();
  const { data, error, isPending } = useQuery({ queryKey: deskKeys.tickets, queryFn: () => listTickets() });
  const change = useMutation({
    mutationFn: ({ id, status }: { id: string; status: TicketStatus }) => updateTicket(id, status),
    onSuccess: ({ ticket }) =>
      queryClient.setQueryData<{ tickets: LiveTicket[] }>(deskKeys.tickets, (current) =>
        current ? { tickets: current.tickets.map((item) => (item.id === ticket.id ? ticket : item)) } : current,
      ),
    onError: (caught) => toast.error(`Status not changed: ${caught.message}`),
  });
  if (isPending) return <Spinner className="m-6" />;
  if (error) return <p role="alert" className="m-6 text-sm text-rose-700">{error.message}</p>;
  if (data.tickets.length === 0) return <EmptyState title="No tickets">When no agent is available, flows can open a ticket; they show up here.</EmptyState>;
  return (
    <table aria-label="Tickets" className="w-full rounded-lg border border-slate-200 bg-white text-sm">
      <thead className="bg-slate-50 text-left text-xs text-slate-500">
        <tr>
          <th className="px-3 py-2 font-medium">Reference</th>
          <th className="px-3 py-2 font-medium">Created</th>
          <th className="px-3 py-2 font-medium">Queue</th>
          <th className="px-3 py-2 font-medium">Email</th>
          <th className="px-3 py-2 font-medium">Description</th>
          <th className="px-3 py-2 font-medium">Status</th>
        </tr>
      </thead>
      <tbody>
        {data.tickets.map((ticket) => (
          <tr key={ticket.id} aria-label={ticket.reference} className="border-t border-slate-100 align-top">
            <td className="px-3 py-2 font-mono text-xs">{ticket.reference}</td>
            <td className="whitespace-nowrap px-3 py-2 text-slate-600">{format(new Date(ticket.createdAt), "yyyy-MM-dd HH:mm")}</td>
            <td className="px-3 py-2">{ticket.queue}</td>
            <td className="px-3 py-2">{ticket.email}</td>
            <td className="max-w-72 px-3 py-2 whitespace-pre-wrap break-words">{ticket.description}</td>
            <td className="px-3 py-2">
              <Select
                aria-label={`Status of ${ticket.reference}`}
                className="w-32"
                value={ticket.status}
                disabled={change.isPending}
                onChange={(event) => {
                  const status = STATUSES.find((item) => item === event.target.value);
                  if (status) change.mutate({ id: ticket.id, status });
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
