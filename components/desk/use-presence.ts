"use client";

import { useCallback, useEffect, useRef } from "react";
import { toast } from "sonner";
import { setPresence, type LiveAgent, type Presence } from "@/lib/api/live";
import { createAutoAway, type AutoAway } from "@/lib/desk/auto-away";

const HEARTBEAT_MS = 60_000;
const ACTIVITY = ["pointerdown", "pointermove", "keydown", "wheel", "focus"] as const;

/**
 * The agent's presence: `choose` stores what the agent picked; after `idleMinutes` without
 * activity an online agent goes away, and comes back online on the next key or pointer move. A
 * heartbeat keeps `lastSeenAt` fresh so the server can tell a closed tab from an idle agent.
 */
export function usePresence(me: LiveAgent | null, onAgent: (agent: LiveAgent) => void, idleMinutes = 5) {
  const timer = useRef<AutoAway | null>(null);
  const onAgentRef = useRef(onAgent);
  const hasProfile = me !== null;
  const initial = me?.presence ?? "offline";
  const initialRef = useRef(initial);
  useEffect(() => {
    onAgentRef.current = onAgent;
    initialRef.current = initial;
  }, [onAgent, initial]);

  const store = useCallback(async (presence: Presence) => {
    try {
      onAgentRef.current((await setPresence(presence)).agent);
    } catch (error) {
      toast.error(error instanceof Error ? `Presence not saved: ${error.message}` : "Presence not saved");
    }
  }, []);

  useEffect(() => {
    if (!hasProfile) return;
    const away = createAutoAway(
      {
        idleMs: idleMinutes * 60_000,
        now: () => Date.now(),
        schedule: (callback, ms) => {
          const handle = setTimeout(callback, ms);
          return () => clearTimeout(handle);
        },
        onChange: (presence) => void store(presence),
      },
      initialRef.current,
    );
    timer.current = away;
    const onActivity = () => away.activity();
    for (const name of ACTIVITY) window.addEventListener(name, onActivity, { passive: true });
    const heartbeat = setInterval(() => {
      if (away.presence !== "offline") void store(away.presence);
    }, HEARTBEAT_MS);
    return () => {
      for (const name of ACTIVITY) window.removeEventListener(name, onActivity);
      clearInterval(heartbeat);
      away.dispose();
      timer.current = null;
    };
  }, [hasProfile, idleMinutes, store]);

  // presence changed elsewhere (another tab, an admin): follow it
  useEffect(() => {
    if (timer.current && timer.current.presence !== initial) timer.current.choose(initial);
  }, [initial]);

  return {
    choose: useCallback(
      (presence: Presence) => {
        timer.current?.choose(presence);
        void store(presence);
      },
      [store],
    ),
  };
}
