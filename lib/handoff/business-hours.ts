import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { WeeklyHours } from "@/lib/api/live";
import type { CallbackSlot } from "@/lib/runtime";
import { toMinutes, WEEKDAYS } from "./queue-config";

/** A queue's calendar: weekly hours in an IANA time zone, plus closed days. */
export interface QueueCalendar {
  hours: WeeklyHours;
  timeZone: string;
  /** "YYYY-MM-DD" in the queue's zone. */
  holidays: string[];
}

/**
 * Whether the queue is open at `time` (ms): the local weekday's intervals in the queue's time
 * zone (so 09:00 stays 09:00 across daylight-saving changes), and not on a holiday.
 */
export function isOpenAt(calendar: QueueCalendar, time: number): boolean {
  const local = new TZDate(time, calendar.timeZone);
  if (calendar.holidays.includes(format(local, "yyyy-MM-dd"))) return false;
  const day = WEEKDAYS[local.getDay()];
  if (!day) return false;
  const minutes = local.getHours() * 60 + local.getMinutes();
  return calendar.hours[day].some((interval) => minutes >= toMinutes(interval.from) && minutes < toMinutes(interval.to));
}

const QUARTER = 15 * 60_000;

/**
 * The next `count` callback slots on the hour (local time) at least `leadMinutes` from `time`
 * that fall inside the queue's hours, labelled in its zone: "Tue 6 Jan, 10:00". Looks 14 days ahead.
 */
export function callbackSlots(calendar: QueueCalendar, time: number, count = 3, leadMinutes = 60): CallbackSlot[] {
  const slots: CallbackSlot[] = [];
  let at = Math.ceil((time + leadMinutes * 60_000) / QUARTER) * QUARTER;
  const end = time + 14 * 86_400_000;
  for (; at <= end && slots.length < count; at += QUARTER) {
    const local = new TZDate(at, calendar.timeZone);
    if (local.getMinutes() !== 0 || !isOpenAt(calendar, at)) continue;
    slots.push({ value: new Date(at).toISOString(), label: slotLabel(calendar, at) });
  }
  return slots;
}

/** A slot as people in the queue's zone read it. */
export function slotLabel(calendar: QueueCalendar, at: number): string {
  return format(new TZDate(at, calendar.timeZone), "EEE d MMM, HH:mm");
}
