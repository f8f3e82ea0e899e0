import type { HoursInterval, LiveQueue, QueueInput, Weekday, WeeklyHours } from "@/lib/api/live";

export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
export const WEEKDAY_LABELS: Record<Weekday, string> = { mon: "Monday", tue: "Tuesday", wed: "Wednesday", thu: "Thursday", fri: "Friday", sat: "Saturday", sun: "Sunday" };

/** The queue form as typed: numbers stay text until saved, so half-typed values can be shown. */
export interface QueueDraft {
  name: string;
  timeZone: string;
  hours: WeeklyHours;
  holidays: string[];
  waitTimeoutSec: string;
  capacity: string;
}

/** Field problems keyed like the API's (`name`, `hours.mon[0].to`, `holidays[2]`…). */
export type QueueErrors = Record<string, string>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A new queue: office hours Monday–Friday in the browser's time zone. */
export function emptyQueueDraft(timeZone: string): QueueDraft {
  const work = (): HoursInterval[] => [{ from: "09:00", to: "17:00" }];
  return {
    name: "",
    timeZone,
    hours: { mon: work(), tue: work(), wed: work(), thu: work(), fri: work(), sat: [], sun: [] },
    holidays: [],
    waitTimeoutSec: "120",
    capacity: "50",
  };
}

/** An existing queue as a draft (midnight closings shown as 00:00, as a time input shows them). */
export function draftOf(queue: LiveQueue): QueueDraft {
  const hours = { ...queue.hours };
  for (const day of WEEKDAYS) hours[day] = queue.hours[day].map((interval) => ({ from: interval.from, to: interval.to === "24:00" ? "00:00" : interval.to }));
  return { name: queue.name, timeZone: queue.timeZone, hours, holidays: [...queue.holidays], waitTimeoutSec: String(queue.waitTimeoutSec), capacity: String(queue.capacity) };
}

/**
 * Checks a draft the way the server will, plus overlapping intervals, and returns either the
 * field problems or the API input. A closing time of 00:00 means midnight (stored as "24:00").
 */
export function validateQueueDraft(draft: QueueDraft): { errors: QueueErrors; input: QueueInput | null } {
  const errors: QueueErrors = {};
  const name = draft.name.trim();
  if (!name) errors.name = "Give the queue a name (flows refer to it by name).";
  else if (name.length > 64) errors.name = "Keep the name under 64 characters.";
  if (!draft.timeZone) errors.timeZone = "Pick the time zone the hours are in.";

  const hours: WeeklyHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
  for (const day of WEEKDAYS) {
    const intervals = draft.hours[day];
    intervals.forEach((interval, index) => {
      const at = `hours.${day}[${index}]`;
      const to = interval.to === "00:00" ? "24:00" : interval.to;
      if (!TIME.test(interval.from)) errors[`${at}.from`] = "Use HH:MM.";
      else if (!TIME.test(interval.to)) errors[`${at}.to`] = "Use HH:MM.";
      else if (minutes(to) <= minutes(interval.from)) errors[`${at}.to`] = "Closes before it opens.";
      hours[day].push({ from: interval.from, to });
    });
    const sorted = hours[day].map((interval, index) => ({ ...interval, index })).sort((a, b) => minutes(a.from) - minutes(b.from));
    for (let i = 1; i < sorted.length; i += 1) {
      const previous = sorted[i - 1];
      const current = sorted[i];
      if (previous && current && minutes(current.from) < minutes(previous.to)) errors[`hours.${day}[${current.index}].from`] ??= "Overlaps another opening.";
    }
  }

  const seen = new Set<string>();
  draft.holidays.forEach((date, index) => {
    if (!DATE.test(date)) errors[`holidays[${index}]`] = "Use a date like 2026-12-25.";
    else if (seen.has(date)) errors[`holidays[${index}]`] = "Listed twice.";
    seen.add(date);
  });

  const waitTimeoutSec = wholeNumber(draft.waitTimeoutSec);
  if (waitTimeoutSec === null || waitTimeoutSec < 0 || waitTimeoutSec > 86_400) errors.waitTimeoutSec = "Seconds from 0 (use the flow's) to 86400.";
  const capacity = wholeNumber(draft.capacity);
  if (capacity === null || capacity < 1 || capacity > 100_000) errors.capacity = "A whole number from 1 to 100000.";

  if (Object.keys(errors).length > 0 || waitTimeoutSec === null || capacity === null) return { errors, input: null };
  return { errors, input: { name, timeZone: draft.timeZone, hours, holidays: [...draft.holidays].sort(), waitTimeoutSec, capacity } };
}

/** "Mon–Fri 09:00–17:00, Sat 10:00–14:00" — the hours in one line for the queue list. */
export function hoursSummary(hours: WeeklyHours): string {
  const parts: string[] = [];
  let run: { start: Weekday; end: Weekday; text: string } | null = null;
  const flush = () => {
    if (run && run.text) parts.push(`${short(run.start)}${run.start === run.end ? "" : `–${short(run.end)}`} ${run.text}`);
  };
  for (const day of WEEKDAYS) {
    const text = hours[day].map((interval) => (interval.from === "00:00" && interval.to === "24:00" ? "all day" : `${interval.from}–${interval.to}`)).join(", ");
    if (run && run.text === text) run.end = day;
    else {
      flush();
      run = { start: day, end: day, text };
    }
  }
  flush();
  return parts.length === 0 ? "Closed every day" : parts.join("; ");
}

function short(day: Weekday): string {
  return WEEKDAY_LABELS[day].slice(0, 3);
}

function minutes(text: string): number {
  const [hours = "0", mins = "0"] = text.split(":");
  return Number(hours) * 60 + Number(mins);
}

function wholeNumber(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  return Number(text.trim());
}
