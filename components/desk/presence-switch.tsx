"use client";

import type { Presence } from "@/lib/api/live";
import { cn } from "@/components/ui/cn";

const OPTIONS: { value: Presence; label: string; dot: string }[] = [
  { value: "online", label: "Online", dot: "bg-emerald-500" },
  { value: "away", label: "Away", dot: "bg-amber-400" },
  { value: "offline", label: "Offline", dot: "bg-slate-400" },
];

/** Online / away / offline as one radio group: what routing sees when it looks for an agent. */
export function PresenceSwitch({ value, onChange }: { value: Presence; onChange: (presence: Presence) => void }) {
  return (
    <div role="radiogroup" aria-label="Presence" className="inline-flex rounded-md border border-slate-300 bg-white p-0.5">
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          role="radio"
          aria-checked={value === option.value}
          onClick={() => onChange(option.value)}
          className={cn(
            "flex items-center gap-1.5 rounded px-2.5 py-1 text-xs font-medium",
            value === option.value ? "bg-slate-900 text-white" : "text-slate-600 hover:bg-slate-100",
          )}
        >
          <span aria-hidden className={cn("size-2 rounded-full", option.dot)} />
          {option.label}
        </button>
      ))}
    </div>
  );
}
