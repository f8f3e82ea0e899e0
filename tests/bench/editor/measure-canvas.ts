import type { Page } from "@playwright/test";
import { z } from "zod";
import { probedGesture, timedGesture, type GestureTiming } from "./gestures";
import { canvasInfoSchema, grabSchema, pointSchema, timelineSchema, type CanvasInfo, type Probe, type Timeline } from "./page-results";

/** Everything measured on one load of one canvas page. */
export interface CanvasRun {
  /** ms from navigation start to the first frame after a measured node is on screen. */
  interactiveMs: number;
  /** DOMContentLoaded and the flow/graph request, for where the time to interactive goes. */
  timeline: Timeline;
  /** JS heap in use after a forced garbage collection, once the canvas is interactive (MB). */
  heapMb: number;
  /** Canvas size, viewport and rendered element counts once interactive. */
  canvas: CanvasInfo;
  pan: GestureTiming;
  drag: GestureTiming;
  dragNodeId: string;
  /** Only when asked (the counts are the same on every load of the same graph). */
  probes?: {
    /** What changed during a pan (nodes mounted/unmounted as they enter/leave the view). */
    pan: Probe;
    /** What changed while the selected node was dragged, and after it was dropped. */
    drag: { moves: Probe; release: Probe };
  };
}

const PAN_STEP = { x: -6, y: -4 };
const DRAG_STEP = { x: 4, y: 2 };
/** Long enough for a drop's aftermath: Baton writes its draft after 150 ms and saves after 600 ms. */
const AFTER_DROP_MS = 1_000;
const AFTER_PAN_MS = 200;

/**
 * Opens `url` in `page` (with bench-init-script installed) and measures, in order: time to an
 * interactive canvas (then, with `fitWholeGraph`, zooms out to the whole graph), heap after GC,
 * a timed pan on empty pane, a timed drag of one node (selected first by a click, so the drag is
 * only the drag) and, with `probe`, a probed pan and a probed drag of the same node. The node is `dragNodeId` when it is on the canvas (so Baton and the peer drag the same
 * node), else the one nearest the middle.
 */
export async function measureCanvas(page: Page, url: string, options: { dragNodeId?: string; probe: boolean; fitWholeGraph?: boolean }): Promise<CanvasRun> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("Performance.enable");
    const interactiveMs = await openCanvas(page, url);
    if (options.fitWholeGraph) await fitWholeGraph(page);
    const timeline = timelineSchema.parse(await page.evaluate("window.__bench.timeline()"));
    await page.waitForTimeout(500); // let load-time effects (validation, first save check) finish
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    const canvas = canvasInfoSchema.parse(await page.evaluate("window.__bench.canvas()"));

    const pan = await timedGesture(page, cdp, await panePoint(page), PAN_STEP, AFTER_PAN_MS);

    const target = grabSchema.parse(await page.evaluate(`window.__bench.pickNode(${JSON.stringify(options.dragNodeId ?? null)})`));
    await page.mouse.click(target.x, target.y);
    await page.waitForTimeout(300);
    const drag = await timedGesture(page, cdp, target, DRAG_STEP, AFTER_DROP_MS);
    const run: CanvasRun = { interactiveMs, timeline, heapMb: heap.usedSize / 1024 / 1024, canvas, pan, drag, dragNodeId: target.id };
    if (!options.probe) return run;
    const panProbe = (await probedGesture(page, await panePoint(page), PAN_STEP, AFTER_PAN_MS)).moves;
    const moved = grabSchema.parse(await page.evaluate(`window.__bench.pickNode(${JSON.stringify(target.id)})`));
    const dragProbe = await probedGesture(page, moved, DRAG_STEP, AFTER_DROP_MS);
    return { ...run, probes: { pan: panProbe, drag: dragProbe } };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Opens `url` and returns the ms from navigation start until its canvas is interactive. */
export async function openCanvas(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction("window.__bench.interactiveAt() !== null", null, { timeout: 90_000, polling: 50 });
  if (new URL(page.url()).pathname.startsWith("/sign-in")) throw new Error(`${url} redirected to sign-in`);
  return z.number().parse(await page.evaluate("window.__bench.interactiveAt()"));
}

/**
 * Zooms the page out to its whole graph with React Flow's own "fit view" control, as a designer
 * does to see a big flow at once (a page without the control already shows it whole), and waits
 * until the nodes that came into view are rendered.
 */
async function fitWholeGraph(page: Page): Promise<void> {
  const fit = page.locator(".react-flow__controls-fitview");
  if ((await fit.count()) > 0) await fit.click();
  await page.waitForTimeout(1_000);
  await page.evaluate("window.__bench.nextFrame()");
}

async function panePoint(page: Page): Promise<{ x: number; y: number }> {
  return pointSchema.parse(await page.evaluate("window.__bench.pickPanePoint()"));
}
