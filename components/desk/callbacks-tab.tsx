"use client";

import { listCallbacks, updateCallback, type CallbackStatus, type LiveCallback } from "@/lib/api/live";
import { deskKeys } from "./desk-keys";
import { WorkList, type WorkColumn } from "./work-list";

const STATUS_LABELS: Record<CallbackStatus, string> = { scheduled: "Scheduled", done: "Called — done", missed: "Missed", cancelled: "Cancelled" };

const COLUMNS: WorkColumn<LiveCallback>[] = [
  { title: "When", cell: (callback) => callback.slotLabel },
  { title: "Phone", cell: (callback) => callback.phone, className: "px-3 py-2 font-mono text-xs" },
  { title: "Queue", cell: (callback) => callback.queue },
  { title: "About", cell: (callback) => callback.context?.summary || callback.context?.conversation.lastUserMessage || "—", className: "max-w-64 px-3 py-2 text-slate-600" },
];

/** Callbacks users booked when nobody could take them, soonest first: call, then mark them. */
export function CallbacksTab() {
  return (
    <WorkList
      label="Callbacks"
      queryKey={deskKeys.callbacks}
      load={() => listCallbacks().then((body) => body.callbacks)}
      update={(id, status) => updateCallback(id, status).then((body) => body.callback)}
      statuses={STATUS_LABELS}
      columns={COLUMNS}
      empty={{ title: "No callbacks", text: "When no agent is available, flows can book a callback; they show up here." }}
      sort={(a, b) => Date.parse(a.slotAt) - Date.parse(b.slotAt)}
      statusWidth="w-36"
    />
  );
}
