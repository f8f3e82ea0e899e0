"use client";

import { X } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { QueueErrors } from "./queue-form";

/** Dates the queue is closed all day (in its time zone): pick a date, add it, remove with ×. */
export function HolidaysEditor({ holidays, errors, onChange }: { holidays: string[]; errors: QueueErrors; onChange: (holidays: string[]) => void }) {
  const [date, setDate] = useState("");
  const add = () => {
    if (!date || holidays.includes(date)) return;
    onChange([...holidays, date].sort());
    setDate("");
  };
  const problems = holidays.map((day, index) => (errors[`holidays[${index}]`] ? `${day}: ${errors[`holidays[${index}]`]}` : null)).filter((item) => item !== null);
  return (
    <fieldset className="space-y-1.5">
      <legend className="mb-1 text-xs font-medium text-slate-700">Holidays (closed all day)</legend>
      <div className="flex gap-1.5">
        <Input type="date" className="h-8 w-44" aria-label="Holiday date" value={date} onChange={(event) => setDate(event.target.value)} />
        <Button size="sm" onClick={add} disabled={!date}>
          Add date
        </Button>
      </div>
      {holidays.length > 0 ? (
        <ul aria-label="Holidays" className="flex flex-wrap gap-1.5">
          {holidays.map((day) => (
            <li key={day} className="inline-flex items-center gap-1 rounded border border-slate-200 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">
              {day}
              <button type="button" aria-label={`Remove ${day}`} onClick={() => onChange(holidays.filter((item) => item !== day))} className="text-slate-500 hover:text-rose-600">
                <X className="size-3" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-xs text-slate-500">No holidays.</p>
      )}
      {problems.map((problem) => (
        <p key={problem} role="alert" className="text-xs text-rose-600">
          {problem}
        </p>
      ))}
    </fieldset>
  );
}
