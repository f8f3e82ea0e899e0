"use client";

import { useEffect, useState } from "react";

/** The current time in ms, re-rendering every `everyMs` (waiting times tick with it). */
export function useNow(everyMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
