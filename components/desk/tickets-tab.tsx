"use client";

import { format } from "date-fns";
import { listTickets, updateTicket, type LiveTicket, type TicketStatus } from "@/lib/api/live";
import { deskKeys } from "./desk-keys";
import { WorkList, type WorkColumn } from "./work-list";

const STATUS_LABELS: Record<TicketStatus, string> = { open: "Open", pending: "In progress", closed: "Done" };

const COLUMNS: WorkColumn<LiveTicket>[] = [
  { title: "Created", cell: (ticket) => format(new Date(ticket.createdAt), "yyyy-MM-dd HH:mm"), className: "whitespace-nowrap px-3 py-2 text-slate-600" },
  { title: "Queue", cell: (ticket) => ticket.queue },
  { title: "Email", cell: (ticket) => ticket.email },
  { title: "Description", cell: (ticket) => ticket.description, className: "max-w-72 px-3 py-2 whitespace-pre-wrap break-words" },
];

/** Tickets users left when nobody could take them: work them open → in progress → done. */
export function TicketsTab() {
  return (
    <WorkList
      label="Tickets"
      queryKey={deskKeys.tickets}
      load={() => listTickets().then((body) => body.tickets)}
      update={(id, status) => updateTicket(id, status).then((body) => body.ticket)}
      statuses={STATUS_LABELS}
      columns={COLUMNS}
      empty={{ title: "No tickets", text: "When no agent is available, flows can open a ticket; they show up here." }}
    />
  );
}
