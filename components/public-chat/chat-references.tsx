import { Ticket, PhoneCall } from "lucide-react";
import type { ChatReference } from "@/lib/api/live";

/** The references the user leaves with: every ticket and callback made in this conversation. */
export function ChatReferences({ references }: { references: readonly ChatReference[] }) {
  if (references.length === 0) return null;
  return (
    <ul aria-label="Your references" className="space-y-1 border-t border-slate-200 bg-slate-50 px-4 py-2 text-sm">
      {references.map((item) => (
        <li key={item.reference} data-testid="chat-confirmation" className="flex items-center gap-2 text-slate-700">
          {item.kind === "ticket" ? <Ticket className="size-4 text-sky-700" aria-hidden /> : <PhoneCall className="size-4 text-sky-700" aria-hidden />}
          {item.kind === "ticket" ? "Ticket" : "Callback"}{" "}
          <span className="select-all rounded border border-sky-200 bg-white px-1.5 font-mono text-xs text-sky-800">{item.reference}</span>
          {item.slotLabel ? <span className="text-slate-500">· {item.slotLabel}</span> : null}
        </li>
      ))}
    </ul>
  );
}
