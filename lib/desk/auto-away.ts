import type { Presence } from "@/lib/api/live";
import type { Schedule } from "./live-stream";

export interface AutoAwayOptions {
  /** Idle time after which an online agent is set away. */
  idleMs: number;
  now: () => number;
  schedule: Schedule;
  /** Presence changed by the timer or by activity (not by `choose`). */
  onChange: (presence: Presence) => void;
}

/** The auto-away timer of one desk tab. */
export interface AutoAway {
  /** The agent picked a presence themselves. */
  choose(presence: Presence): void;
  /** Any sign of life: key, pointer, focus. Cheap enough to call on every mouse move. */
  activity(): void;
  readonly presence: Presence;
  /** true while away because of idleness (activity brings the agent back online). */
  readonly idleAway: boolean;
  dispose(): void;
}

/**
 * Sets an online agent `away` after `idleMs` without activity, and back `online` on the next
 * activity — but only when the timer made them away: an agent who chose away or offline stays
 * so. Activity only stamps a time; the one pending timer re-checks it when it fires, so mouse
 * moves don't churn timers.
 */
export function createAutoAway(options: AutoAwayOptions, initial: Presence = "offline"): AutoAway {
  let presence = initial;
  let idleAway = false;
  let lastActivity = options.now();
  let cancel: (() => void) | null = null;

  const disarm = () => {
    cancel?.();
    cancel = null;
  };
  const arm = (ms: number) => {
    disarm();
    cancel = options.schedule(check, ms);
  };
  function check() {
    cancel = null;
    if (presence !== "online") return;
    const idle = options.now() - lastActivity;
    if (idle < options.idleMs) return arm(options.idleMs - idle);
    presence = "away";
    idleAway = true;
    options.onChange("away");
  }

  if (presence === "online") arm(options.idleMs);
  return {
    choose(next) {
      presence = next;
      idleAway = false;
      lastActivity = options.now();
      if (next === "online") arm(options.idleMs);
      else disarm();
    },
    activity() {
      lastActivity = options.now();
      if (!idleAway) return;
      idleAway = false;
      presence = "online";
      arm(options.idleMs);
      options.onChange("online");
    },
    get presence() {
      return presence;
    },
    get idleAway() {
      return idleAway;
    },
    dispose: disarm,
  };
}
