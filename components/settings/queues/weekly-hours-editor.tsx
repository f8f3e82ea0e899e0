"use client";

import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { HoursInterval, Weekday, WeeklyHours } from "@/lib/api/live";
import { WEEKDAY_LABELS, WEEKDAYS, type QueueErrors } from "./queue-form";

/**
 * Opening hours per weekday: a day is closed or has one or more opening intervals (a lunch break
 * is two). Closing at 00:00 means midnight. Each time shows its own error underneath.
 */
export function WeeklyHoursEditor({ hours, errors, onChange }: { hours: WeeklyHours; errors: QueueErrors; onChange: (hours: WeeklyHours) => void }) {
  const setDay = (day: Weekday, intervals: HoursInterval[]) => onChange({ ...hours, [day]: intervals });
  return (
    <fieldset className="space-y-1.5">
      <legend className="mb-1 text-xs font-medium text-slate-700">Opening hours</legend>
      {WEEKDAYS.map((day) => {
        const intervals = hours[day];
        const open = intervals.length > 0;
        return (
          <div key={day} className="grid grid-cols-[7rem_1fr] items-start gap-2" role="group" aria-label={WEEKDAY_LABELS[day]}>
            <label className="flex h-8 items-center gap-2 text-sm">
              <input type="checkbox" checked={open} onChange={(event) => setDay(day, event.target.checked ? [{ from: "09:00", to: "17:00" }] : [])} aria-label={`Open on ${WEEKDAY_LABELS[day]}`} />
              {WEEKDAY_LABELS[day].slice(0, 3)}
            </label>
            <div className="space-y-1">
              {open ? null : <p className="flex h-8 items-center text-xs text-slate-500">Closed</p>}
              {intervals.map((interval, index) => {
                const fromError = errors[`hours.${day}[${index}].from`];
                const toError = errors[`hours.${day}[${index}].to`];
                const update = (patch: Partial<HoursInterval>) => setDay(day, intervals.map((item, at) => (at === index ? { ...item, ...patch } : item)));
                return (
                  <div key={index}>
                    <div className="flex items-center gap-1.5">
                      <Input type="time" className="h-8 w-28" aria-label={`${WEEKDAY_LABELS[day]} opens at`} value={interval.from} onChange={(event) => update({ from: event.target.value })} aria-invalid={fromError ? true : undefined} />
                      <span className="text-xs text-slate-500">to</span>
                      <Input type="time" className="h-8 w-28" aria-label={`${WEEKDAY_LABELS[day]} closes at`} value={interval.to} onChange={(event) => update({ to: event.target.value })} aria-invalid={toError ? true : undefined} />
                      <Button size="icon" variant="ghost" aria-label={`Remove ${WEEKDAY_LABELS[day]} opening ${index + 1}`} onClick={() => setDay(day, intervals.filter((_, at) => at !== index))}>
                        <X className="size-3.5" aria-hidden />
                      </Button>
                      {index === intervals.length - 1 ? (
                        <Button size="icon" variant="ghost" aria-label={`Add an opening on ${WEEKDAY_LABELS[day]}`} onClick={() => setDay(day, [...intervals, { from: "13:00", to: "17:00" }])}>
                          <Plus className="size-3.5" aria-hidden />
                        </Button>
                      ) : null}
                    </div>
                    {fromError || toError ? (
                      <p role="alert" className="text-xs text-rose-600">
                        {fromError ?? toError}
                      </p>
                    ) : null}
                  </div>
                );
              })}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
