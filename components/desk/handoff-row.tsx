import type { DeskHandoff } from "@/lib/api/live";
import { cn } from "@/components/ui/cn";
import { formatWaiting, secondsSince } from "@/lib/desk/wait-text";
import { PriorityBadge, TriggerBadge } from "./trigger-badge";

/**
 * One handoff in the desk's left column: place in line and a ticking wait while queued, why it
 * came (trigger), its priority and queue, and the user's last words.
 */
export function HandoffRow({ handoff, now, selected, unread, onSelect }: { handoff: DeskHandoff; now: number; selected: boolean; unread: boolean; onSelect: () => void }) {
  const since = handoff.status === "assigned" && handoff.assignedAt ? handoff.assignedAt : handoff.requestedAt;
  return (
    <li>
      <button
        type="button"
        onClick={onSelect}
        aria-current={selected ? "true" : undefined}
        data-testid="desk-handoff"
        data-handoff-id={handoff.id}
        className={cn("w-full space-y-1 rounded-md border px-2.5 py-2 text-left text-xs", selected ? "border-slate-900 bg-white shadow-sm" : "border-slate-200 bg-white hover:border-slate-300")}
      >
        <div className="flex items-center gap-1.5">
          {handoff.position !== null ? <span className="font-semibold text-slate-900" title="Place in line">#{handoff.position}</span> : null}
          <TriggerBadge trigger={handoff.trigger} />
          <PriorityBadge priority={handoff.priority} />
          {unread ? <span aria-label="New messages" className="size-2 rounded-full bg-sky-500" /> : null}
          <span className="ml-auto font-mono tabular-nums text-slate-600" aria-label={handoff.status === "queued" ? "Waiting for" : "Talking for"} data-testid="waiting-time">
            {formatWaiting(secondsSince(since, now))}
          </span>
        </div>
        <div className="flex items-center gap-1 text-slate-500">
          <span className="font-medium text-slate-700">{handoff.queue}</span>
          {handoff.status === "assigned" && handoff.agent ? <span>· {handoff.agent.name}</span> : null}
        </div>
        <p className="line-clamp-2 text-slate-700">{handoff.lastUserMessage || handoff.summary || "No message yet"}</p>
      </button>
    </li>
  );
}
