import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { callbackSlots, isOpenAt, type QueueCalendar } from "@/lib/handoff/business-hours";
import { officeHours, queueInputSchema } from "@/lib/handoff/queue-config";

const london: QueueCalendar = { hours: officeHours(), timeZone: "Europe/London", holidays: ["2026-12-25"] };
const newYork: QueueCalendar = { hours: officeHours(), timeZone: "America/New_York", holidays: [] };

describe("business hours in the queue's time zone", () => {
  it("keeps 09:00–17:00 local across the spring DST change (London: GMT → BST on 29 March 2026)", () => {
    // Friday 27 March: GMT, so 09:00 local = 09:00 UTC
    expect(isOpenAt(london, Date.parse("2026-03-27T08:59:00Z"))).toBe(false);
    expect(isOpenAt(london, Date.parse("2026-03-27T09:00:00Z"))).toBe(true);
    expect(isOpenAt(london, Date.parse("2026-03-27T16:59:00Z"))).toBe(true);
    // Monday 30 March: BST, so 09:00 local = 08:00 UTC and 17:00 local = 16:00 UTC
    expect(isOpenAt(london, Date.parse("2026-03-30T08:00:00Z"))).toBe(true);
    expect(isOpenAt(london, Date.parse("2026-03-30T07:59:00Z"))).toBe(false);
    expect(isOpenAt(london, Date.parse("2026-03-30T16:00:00Z"))).toBe(false);
  });

  it("uses the local weekday: Friday evening in New York is already Saturday in UTC", () => {
    expect(isOpenAt(newYork, Date.parse("2026-01-10T01:00:00Z"))).toBe(false); // Fri 20:00 local
    expect(isOpenAt(newYork, Date.parse("2026-01-09T21:30:00Z"))).toBe(true); // Fri 16:30 local
  });

  it("is closed on holidays and at weekends", () => {
    expect(isOpenAt(london, Date.parse("2026-12-25T11:00:00Z"))).toBe(false);
    expect(isOpenAt(london, Date.parse("2026-12-24T11:00:00Z"))).toBe(true);
    expect(isOpenAt(london, Date.parse("2026-01-10T11:00:00Z"))).toBe(false);
  });

  it("offers callback slots on the local hour inside hours, labelled in the queue's zone", () => {
    // Friday 27 March 16:10 GMT: the next slots skip the weekend and land on Monday, now in BST
    const slots = callbackSlots(london, Date.parse("2026-03-27T16:10:00Z"), 3);
    expect(slots).toEqual([
      { value: "2026-03-30T08:00:00.000Z", label: "Mon 30 Mar, 09:00" },
      { value: "2026-03-30T09:00:00.000Z", label: "Mon 30 Mar, 10:00" },
      { value: "2026-03-30T10:00:00.000Z", label: "Mon 30 Mar, 11:00" },
    ]);
  });

  it("never offers a slot outside hours or sooner than an hour from now (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse("2027-12-31T00:00:00Z") }), (time) => {
        for (const slot of callbackSlots(london, time, 3)) {
          const at = Date.parse(slot.value);
          expect(isOpenAt(london, at)).toBe(true);
          expect(at - time).toBeGreaterThanOrEqual(3_600_000);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("refuses an unknown time zone and inverted hours in queue settings", () => {
    const base = { name: "q", hours: officeHours(), timeZone: "Europe/London" };
    expect(queueInputSchema.safeParse(base).success).toBe(true);
    expect(queueInputSchema.safeParse({ ...base, timeZone: "Mars/Olympus" }).success).toBe(false);
    expect(queueInputSchema.safeParse({ ...base, hours: { ...officeHours(), mon: [{ from: "17:00", to: "09:00" }] } }).success).toBe(false);
  });
});
