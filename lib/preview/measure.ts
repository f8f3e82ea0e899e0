/**
 * Records how long a preview step took as a User Timing measure (`baton-preview:<name>`), visible
 * in the browser's performance panel and read by the in-browser benchmark. No-op where the
 * User Timing API is missing.
 */
export function measureSince(name: "compile" | "answer", startedAt: number): void {
  const timing = globalThis.performance;
  if (typeof timing?.measure !== "function") return;
  try {
    timing.measure(`baton-preview:${name}`, { start: startedAt, end: timing.now() });
  } catch {
    // an engine that knows measure() but not its options object: skip the figure
  }
}
