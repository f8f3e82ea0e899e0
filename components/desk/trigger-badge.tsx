import type { HandoffTrigger, Priority } from "@/lib/api/live";
import { cn } from "@/components/ui/cn";

const TRIGGERS: Record<HandoffTrigger, { label: string; className: string; hint: string }> = {
  explicit: { label: "explicit", className: "bg-sky-100 text-sky-800", hint: "The flow handed off on purpose" },
  user_request: { label: "user request", className: "bg-violet-100 text-violet-800", hint: "The user asked for a person" },
  no_match: { label: "no match", className: "bg-amber-100 text-amber-900", hint: "The bot did not understand" },
  error: { label: "error", className: "bg-rose-100 text-rose-800", hint: "Something failed in the flow" },
  frustration: { label: "frustration", className: "bg-orange-100 text-orange-900", hint: "The user seemed frustrated" },
};

/** Why the user was handed over, in one colour per trigger so a glance at the queue says it. */
export function TriggerBadge({ trigger }: { trigger: HandoffTrigger }) {
  const { label, className, hint } = TRIGGERS[trigger];
  return (
    <span data-testid="trigger-badge" data-trigger={trigger} title={hint} className={cn("inline-flex items-center rounded px-1.5 py-0.5 text-[11px] font-medium", className)}>
      {label}
    </span>
  );
}

const PRIORITIES: Record<Priority, string> = {
  urgent: "bg-rose-600 text-white",
  high: "bg-rose-100 text-rose-800",
  normal: "bg-slate-100 text-slate-700",
  low: "bg-slate-50 text-slate-500",
};

/** The handoff's priority; `normal` is quiet, `urgent` is loud. */
export function PriorityBadge({ priority }: { priority: Priority }) {
  return <span className={cn("inline-flex items-center rounded px-1.5 py-0.5 text-[11px] font-medium", PRIORITIES[priority])}>{priority}</span>;
}
