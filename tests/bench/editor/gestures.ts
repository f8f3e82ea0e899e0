import type { CDPSession, Page } from "@playwright/test";
import { intervalsSchema, probeSchema, type Probe } from "./page-results";
import { quantile } from "./stats";

/** Mouse moves per timed drag or pan: two seconds of a 60 Hz pointer. */
export const GESTURE_STEPS = 120;

/** Frame times of one timed gesture, and the main thread's busy time per frame drawn. */
export interface GestureTiming {
  p50: number;
  p95: number;
  /** CDP Performance.getMetrics TaskDuration over the gesture ÷ frames drawn: the work behind each update the user sees. */
  cpuMsPerFrame: number;
  /** Longest frame in `afterReleaseMs` after the mouse button is released (a drop's commit, autosave). */
  afterReleaseMaxMs: number;
}

type Point = { x: number; y: number };

/** A 60 Hz pointer: one move every 16.7 ms, whether or not the page has drawn the last one. */
const POINTER_INTERVAL_MS = 1000 / 60;

/**
 * Presses the mouse at `from`, moves it `GESTURE_STEPS` times by `step` as a real 60 Hz pointer
 * does — a move every 16.7 ms, sent without waiting for the page, which coalesces the moves it
 * has no time for — and releases it, recording the interval of every animation frame from the
 * first move until the page has handled the last, and of every frame in `afterReleaseMs` after
 * release. A page that keeps up draws every 16.7 ms; a slow one draws less often, and its
 * frames are as long as the user sees them.
 */
export async function timedGesture(page: Page, cdp: CDPSession, from: Point, step: Point, afterReleaseMs: number): Promise<GestureTiming> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await nextFrame(page);
  const before = await taskSeconds(cdp);
  await page.evaluate("window.__bench.startFrames()");
  const moves: Promise<unknown>[] = [];
  const started = performance.now();
  for (let i = 1; i <= GESTURE_STEPS; i++) {
    moves.push(cdp.send("Input.dispatchMouseEvent", { type: "mouseMoved", x: from.x + i * step.x, y: from.y + i * step.y, button: "left", buttons: 1 }));
    await delay(started + i * POINTER_INTERVAL_MS - performance.now());
  }
  await Promise.all(moves);
  await nextFrame(page);
  const intervals = intervalsSchema.parse(await page.evaluate("window.__bench.stopFrames()"));
  const busy = (await taskSeconds(cdp)) - before;
  // Playwright's own mouse still thinks it is at `from`: move it where the pointer is, then release
  await page.mouse.move(from.x + GESTURE_STEPS * step.x, from.y + GESTURE_STEPS * step.y);
  await page.evaluate("window.__bench.startFrames()");
  await page.mouse.up();
  await page.waitForTimeout(afterReleaseMs);
  const afterRelease = intervalsSchema.parse(await page.evaluate("window.__bench.stopFrames()"));
  return {
    p50: quantile(intervals, 0.5),
    p95: quantile(intervals, 0.95),
    cpuMsPerFrame: (busy * 1000) / Math.max(1, intervals.length),
    afterReleaseMaxMs: Math.max(0, ...afterRelease),
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** Mouse moves of a probed gesture (render and DOM counts are per gesture, not per move). */
export const PROBE_STEPS = 20;

/**
 * The same gesture with `PROBE_STEPS` moves, untimed, with the DOM/render probe on: returns what
 * changed during the moves and, separately, in `afterReleaseMs` after the release.
 */
export async function probedGesture(page: Page, from: Point, step: Point, afterReleaseMs: number): Promise<{ moves: Probe; release: Probe }> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await nextFrame(page);
  await page.evaluate("window.__bench.startProbe()");
  for (let i = 1; i <= PROBE_STEPS; i++) {
    await page.mouse.move(from.x + i * step.x, from.y + i * step.y);
    await nextFrame(page);
  }
  const moves = probeSchema.parse(await page.evaluate("window.__bench.stopProbe()"));
  await page.evaluate("window.__bench.startProbe()");
  await page.mouse.up();
  await page.waitForTimeout(afterReleaseMs);
  const release = probeSchema.parse(await page.evaluate("window.__bench.stopProbe()"));
  return { moves, release };
}

async function nextFrame(page: Page): Promise<void> {
  await page.evaluate("window.__bench.nextFrame()");
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((metric) => metric.name === "TaskDuration")?.value ?? 0;
}
