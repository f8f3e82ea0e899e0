import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatEstimate, formatWaiting, queuePositionText, secondsSince } from "@/lib/desk/wait-text";

describe("waiting time", () => {
  it("ticks like a clock", () => {
    expect(formatWaiting(0)).toBe("0:00");
    expect(formatWaiting(7)).toBe("0:07");
    expect(formatWaiting(272)).toBe("4:32");
    expect(formatWaiting(3729)).toBe("1:02:09");
    expect(formatWaiting(-5)).toBe("0:00");
    expect(formatWaiting(59.9)).toBe("0:59");
  });

  it("never goes backwards as seconds grow", () => {
    const toSeconds = (text: string) => text.split(":").reduce((total, part) => total * 60 + Number(part), 0);
    fc.assert(fc.property(fc.integer({ min: 0, max: 400_000 }), (seconds) => toSeconds(formatWaiting(seconds)) === seconds));
  });

  it("measures from the request time, ignoring clock skew", () => {
    const now = Date.parse("2026-11-25T10:05:00Z");
    expect(secondsSince("2026-11-25T10:00:00Z", now)).toBe(300);
    expect(secondsSince("2026-11-25T10:06:00Z", now)).toBe(0);
  });
});

describe("queue position text", () => {
  it("says where the user is and about how long it takes", () => {
    expect(queuePositionText(2, 150)).toBe("You are number 2 in line — about 3 min");
    expect(queuePositionText(1, 30)).toBe("You are next in line — less than a minute");
    expect(queuePositionText(4, 4_800)).toBe("You are number 4 in line — about 1 h 20 min");
    expect(queuePositionText(undefined, undefined)).toBe("You are in line");
    expect(queuePositionText(3, undefined)).toBe("You are number 3 in line");
  });

  it("rounds estimates up, never promising less than the wait", () => {
    expect(formatEstimate(61)).toBe("about 2 min");
    expect(formatEstimate(3_600)).toBe("about 1 h");
  });
});
