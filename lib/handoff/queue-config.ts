import { z } from "zod";
import type { WeeklyHours } from "@/lib/api/live";

export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

const time = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'Use "HH:MM" (24-hour)');
const interval = z
  .object({ from: time, to: time })
  .refine((value) => toMinutes(value.from) < toMinutes(value.to), { message: "`to` must be after `from`" });
const day = z.array(interval).max(8);

/** Opening hours per weekday, local to the queue's time zone. */
export const weeklyHoursSchema = z.object({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day });

/** An IANA time zone this Node knows (e.g. "Europe/London"). */
export const timeZoneSchema = z.string().refine(isTimeZone, { message: "Unknown IANA time zone (e.g. Europe/London)" });

export const holidaysSchema = z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use "YYYY-MM-DD"')).max(366);

/** A queue as the settings API accepts it. */
export const queueInputSchema = z.object({
  name: z.string().trim().min(1).max(64),
  hours: weeklyHoursSchema,
  timeZone: timeZoneSchema,
  holidays: holidaysSchema.default([]),
  waitTimeoutSec: z.number().int().min(0).max(86_400).default(0),
  capacity: z.number().int().min(1).max(100_000).default(50),
});

/** Monday–Friday 09:00–17:00. */
export function officeHours(): WeeklyHours {
  const work = [{ from: "09:00", to: "17:00" }];
  return { mon: work, tue: work, wed: work, thu: work, fri: work, sat: [], sun: [] };
}

/** Open all day every day: how an unconfigured queue behaves. */
export function alwaysOpen(): WeeklyHours {
  const all = [{ from: "00:00", to: "24:00" }];
  return { mon: all, tue: all, wed: all, thu: all, fri: all, sat: all, sun: all };
}

/** Reads stored hours JSON; anything unreadable counts as closed, never as open. */
export function readHours(text: string): WeeklyHours {
  const parsed = weeklyHoursSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
}

export function readStringList(text: string): string[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

export function toMinutes(text: string): number {
  const [hours = "0", minutes = "0"] = text.split(":");
  return Number(hours) * 60 + Number(minutes);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
