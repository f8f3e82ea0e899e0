import { describe, expect, it } from "vitest";
import type { Presence } from "@/lib/api/live";
import { createAutoAway } from "@/lib/desk/auto-away";
import { fakeClock } from "./fake-clock";

const MINUTE = 60_000;

function setup(initial: Presence = "online") {
  const clock = fakeClock();
  const changes: Presence[] = [];
  const away = createAutoAway({ idleMs: 5 * MINUTE, now: clock.now, schedule: clock.schedule, onChange: (presence) => changes.push(presence) }, initial);
  return { clock, changes, away };
}

describe("auto-away", () => {
  it("sets an idle online agent away after the idle time, not before", () => {
    const { clock, changes, away } = setup();
    clock.advance(5 * MINUTE - 1);
    expect(changes).toEqual([]);
    clock.advance(1);
    expect(changes).toEqual(["away"]);
    expect(away.presence).toBe("away");
    expect(away.idleAway).toBe(true);
  });

  it("counts idleness from the last activity", () => {
    const { clock, changes, away } = setup();
    clock.advance(4 * MINUTE);
    away.activity();
    clock.advance(4 * MINUTE);
    expect(changes).toEqual([]);
    clock.advance(MINUTE);
    expect(changes).toEqual(["away"]);
  });

  it("brings an auto-away agent back online on activity, and can go away again", () => {
    const { clock, changes, away } = setup();
    clock.advance(5 * MINUTE);
    away.activity();
    expect(changes).toEqual(["away", "online"]);
    expect(away.presence).toBe("online");
    clock.advance(5 * MINUTE);
    expect(changes).toEqual(["away", "online", "away"]);
  });

  it("leaves an agent who chose away or offline alone", () => {
    const { clock, changes, away } = setup();
    away.choose("away");
    clock.advance(30 * MINUTE);
    away.activity();
    expect(away.presence).toBe("away");
    away.choose("offline");
    away.activity();
    clock.advance(30 * MINUTE);
    expect(changes).toEqual([]);
    expect(away.presence).toBe("offline");
  });

  it("keeps one timer however much activity there is, and none after dispose", () => {
    const { clock, away } = setup();
    for (let i = 0; i < 100; i += 1) {
      clock.advance(1_000);
      away.activity();
    }
    expect(clock.pending()).toBe(1);
    away.dispose();
    expect(clock.pending()).toBe(0);
  });
});
