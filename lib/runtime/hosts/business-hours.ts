import type { CallbackSlot } from "../types";

/** Opening hours of a queue in one fixed UTC offset (hosts with time-zone data can do better). */
export interface BusinessHours {
  /** Open days, 0 = Sunday; default Monday–Friday. */
  days?: number[];
  /** "HH:MM" local time; default 09:00–17:00. */
  from?: string;
  to?: string;
  /** Local time = UTC + this; default 0. */
  utcOffsetMinutes?: number;
}

const HOUR = 3_600_000;
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Whether the hours are open at `time` (ms since the epoch). */
export function isOpenAt(hours: BusinessHours, time: number): boolean {
  const local = new Date(time + (hours.utcOffsetMinutes ?? 0) * 60_000);
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  return (hours.days ?? [1, 2, 3, 4, 5]).includes(local.getUTCDay()) && minutes >= toMinutes(hours.from, 540) && minutes < toMinutes(hours.to, 1020);
}

/**
 * The next `count` whole-hour slots at least an hour from `time` that fall inside the hours
 * (default hours when none), labelled in local time: "Tue 6 Jan, 10:00".
 */
export function callbackSlots(time: number, hours: BusinessHours = {}, count = 3): CallbackSlot[] {
  const slots: CallbackSlot[] = [];
  let slot = Math.ceil((time + HOUR) / HOUR) * HOUR;
  for (let i = 0; i < 24 * 14 && slots.length < count; i++, slot += HOUR) {
    if (!isOpenAt(hours, slot)) continue;
    const local = new Date(slot + (hours.utcOffsetMinutes ?? 0) * 60_000);
    const hh = String(local.getUTCHours()).padStart(2, "0");
    const label = `${DAYS[local.getUTCDay()]} ${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]}, ${hh}:00`;
    slots.push({ value: new Date(slot).toISOString(), label });
  }
  return slots;
}

function toMinutes(text: string | undefined, fallback: number): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text ?? "");
  return match ? Number(match[1]) * 60 + Number(match[2]) : fallback;
}
