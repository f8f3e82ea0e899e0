import type { Schedule } from "@/lib/desk/live-stream";

/** A manual clock: `advance(ms)` runs every timer that falls due, in order. */
export function fakeClock(start = 0) {
  let now = start;
  let nextId = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const schedule: Schedule = (callback, ms) => {
    const id = nextId++;
    timers.set(id, { at: now + ms, callback });
    return () => void timers.delete(id);
  };
  return {
    now: () => now,
    schedule,
    pending: () => timers.size,
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
  };
}
