import os from "node:os";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "@/tests/e2e/chromium-path";
import { generateLargeFlow } from "@/tests/fixtures/generate-flow";
import { startBatonServer } from "./editor/baton-server";
import { BENCH_INIT_SCRIPT } from "./editor/bench-init-script";
import { editorTables, GOALS, type SizeResult } from "./editor/editor-tables";
import { ensureBenchBuild } from "./editor/ensure-build";
import { measureCanvas, openCanvas } from "./editor/measure-canvas";
import type { CanvasInfo } from "./editor/page-results";
import { toPeerGraph } from "./editor/peer-graph";

import { startPeerServer } from "./editor/peer-server";
import { createFlow, signInBenchAdmin } from "./editor/sign-in-bench";
import type { Benchmark } from "./types";

// EDITOR_BENCH_SIZES=450 EDITOR_BENCH_REPEATS=1 for a quick look while working on the editor
const SIZES = listFromEnv("EDITOR_BENCH_SIZES") ?? [450, 1_000, 2_000];
// p95 of a two-second gesture is a tail figure that moves with whatever else the machine does;
// the median of five loads moves less than the middle of three
const REPEATS = listFromEnv("EDITOR_BENCH_REPEATS")?.[0] ?? 5;
const SEED = 2_000;
/**
 * "start": the view Baton opens a big flow on (its start); "whole": zoomed out to the whole
 * graph with the fit-view control, as a designer looks over a big flow — every node on screen,
 * which is what the reference figures for a plain page describe. Only the sizes with a
 * goal get the second view.
 */
const VIEWS = ["start", "whole"] as const;
const VIEWPORT = { width: 1600, height: 1000 };

/**
 * Baton's flow editor (/flows/<id> on a production build) against a plain React Flow page with
 * default nodes (tests/bench/editor/peer), on the same generated graphs, in one headless Chromium:
 * time to an interactive canvas, frame times while dragging a node and panning, JS heap, and what
 * re-renders during a drag. Each (size × implementation) is loaded five times, alternating
 * Baton and peer; tables show medians. The peer opens on exactly the canvas size and viewport
 * Baton opened on (Baton shows the start of a big flow, not all of it) and drags the same node.
 */
const benchmark: Benchmark = {
  name: "editor: canvas of 450 / 1,000 / 2,000 nodes, Baton vs plain React Flow (production build, headless Chromium)",
  async run() {
    const root = process.cwd();
    const started = performance.now();
    const build = await ensureBenchBuild(root);
    const cleanup: (() => Promise<void>)[] = [];
    try {
      const documents = new Map(SIZES.map((size) => [size, generateLargeFlow(size, SEED)]));
      const baton = await startBatonServer(root);
      cleanup.push(baton.stop);
      const peer = await startPeerServer(root, (size) => toPeerGraph(documents.get(size) ?? generateLargeFlow(size, SEED)));
      cleanup.push(peer.stop);
      const executablePath = chromiumPath();
      const browser = await chromium.launch({ headless: true, args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
      cleanup.push(() => browser.close());
      const batonContext = await benchContext(browser);
      await signInBenchAdmin(batonContext.request, baton.baseURL);
      const peerContext = await benchContext(browser);

      // one unmeasured load each: server caches, the browser's code cache, JIT
      const warmId = await createFlow(batonContext.request, baton.baseURL, "Warm-up", documents.get(SIZES[0] ?? 450));
      await onPage(batonContext, (page) => openCanvas(page, `${baton.baseURL}/flows/${warmId}`));
      await onPage(peerContext, (page) => openCanvas(page, `${peer.baseURL}/?nodes=${SIZES[0] ?? 450}`));

      const results: SizeResult[] = [];
      for (const view of VIEWS) {
        for (const size of view === "start" ? SIZES : SIZES.filter((size) => GOALS.has(size))) {
          const document = documents.get(size);
          if (!document) throw new Error(`no document for ${size}`);
          const result: SizeResult = { view, size, edges: document.edges.length, baton: [], peer: [] };
          for (let repeat = 0; repeat < REPEATS; repeat++) {
            // a fresh flow each time: no draft or history left by the previous load's drag
            const pairStarted = performance.now();
            const flowId = await createFlow(batonContext.request, baton.baseURL, `Bench ${size} #${repeat}`, document);
            // render/DOM counts are the same on every load: probe the first only (saves ~1 min)
            const options = { probe: repeat === 0, fitWholeGraph: view === "whole" };
            const ours = await onPage(batonContext, (page) => measureCanvas(page, `${baton.baseURL}/flows/${flowId}`, options));
            const theirs = await onPage(peerContext, (page) => measureCanvas(page, peerUrl(peer.baseURL, size, ours.canvas), { ...options, dragNodeId: ours.dragNodeId }));
            result.baton.push(ours);
            result.peer.push(theirs);
            console.log(`  ${size} nodes, ${view} view #${repeat + 1}: interactive ${Math.round(ours.interactiveMs)} / ${Math.round(theirs.interactiveMs)} ms, drag p95 ${ours.drag.p95.toFixed(1)} / ${theirs.drag.p95.toFixed(1)} ms (Baton / peer), ${((performance.now() - pairStarted) / 1000).toFixed(1)} s`);
          }
          results.push(result);
        }
      }
      return editorTables(results, {
        build: build.built ? `rebuilt .next-bench (${build.seconds.toFixed(0)} s)` : ".next-bench was up to date",
        seconds: (performance.now() - started) / 1000,
        peerBundleKb: peer.bundleBytes / 1024,
        chromium: browser.version(),
        loadAverage: `${os.loadavg()[0]?.toFixed(1) ?? "?"} on ${os.cpus().length} CPUs`,
      });
    } finally {
      for (const stop of cleanup.reverse()) await stop().catch((error: unknown) => console.error(`cleanup failed: ${String(error)}`));
    }
  },
};

async function benchContext(browser: Browser): Promise<BrowserContext> {
  // the bench drives the page with string evaluations, which Baton's CSP (no 'unsafe-eval') refuses
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
  await context.addInitScript({ content: BENCH_INIT_SCRIPT });
  return context;
}

/** Runs `measure` on a new page of `context` and closes the page whatever happens. */
async function onPage<T>(context: BrowserContext, measure: (page: Page) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    return await measure(page);
  } finally {
    await page.close();
  }
}

/** The peer page on Baton's canvas size and opening viewport. */
function peerUrl(baseURL: string, size: number, canvas: CanvasInfo): string {
  const query = new URLSearchParams({ nodes: String(size), w: String(Math.round(canvas.width)), h: String(Math.round(canvas.height)) });
  if (canvas.viewport) {
    query.set("x", String(canvas.viewport.x));
    query.set("y", String(canvas.viewport.y));
    query.set("zoom", String(canvas.viewport.zoom));
  }
  return `${baseURL}/?${query}`;
}

function listFromEnv(name: string): number[] | undefined {
  const numbers = (process.env[name] ?? "").split(",").map(Number).filter((value) => Number.isInteger(value) && value > 0);
  return numbers.length > 0 ? numbers : undefined;
}

export default benchmark;
