import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { generateLargeFlow } from "@/tests/fixtures/generate-flow";
import { createFlowViaApi, EditorPage } from "../pages/editor-page";
import { PreviewPanel } from "../pages/preview-panel";

const EDITS = 30;

/**
 * The preview benchmark inside Chromium on the production build: a 500-node flow, a message
 * edited through the inspector 30 times; after each recompile, one message is answered. Reads
 * the preview's own User Timing measures (validate + compile, answer) and writes the figures to
 * data/preview-browser-bench.json. Measures only; asserts just that it measured.
 */
// A benchmark, not a test: `npm run bench -- preview` runs it (BATON_BROWSER_BENCH=1) on its own build.
test.skip(!process.env.BATON_BROWSER_BENCH, "benchmark: run by npm run bench -- preview");

test("preview in the browser: recompile after an edit + answer one message on a 500-node flow", async ({ page, request }) => {
  test.setTimeout(180_000);
  const document = generateLargeFlow(500, 500);
  const welcome = document.nodes.find((node) => node.kind === "message");
  const menu = document.nodes.find((node) => node.kind === "intent");
  if (!welcome || welcome.kind !== "message" || !menu || menu.kind !== "intent") throw new Error("generated flow changed");
  const phrase = menu.config.intents[0]?.examples[0] ?? "hello";
  const flow = await createFlowViaApi(request, "Preview bench 500", document);
  const editor = new EditorPage(page);
  await editor.goto(flow.id);
  const preview = new PreviewPanel(page);
  await preview.open();
  const trace = await preview.trace();
  await trace.filter({ hasText: `entered ${welcome.id} (message)` }).getByRole("button").click();
  const text = page.getByRole("combobox", { name: "Text", exact: true });
  await expect(text).toHaveValue(welcome.config.text);
  await page.evaluate(() => performance.clearMeasures());

  for (let edit = 0; edit < EDITS; edit++) {
    const before = await preview.bundleHash();
    await text.fill(`${welcome.config.text} (edit ${edit})`);
    await expect.poll(() => preview.bundleHash()).not.toBe(before);
    const said = await preview.messages.count();
    await preview.send(phrase);
    await expect.poll(() => preview.messages.count()).toBeGreaterThan(said + 1);
    await preview.root.getByRole("button", { name: "Restart conversation" }).click();
    await expect(preview.messages.first()).toHaveText(`${welcome.config.text} (edit ${edit})`);
  }

  const figures = await page.evaluate(() => ({
    compile: performance.getEntriesByName("baton-preview:compile").map((entry) => entry.duration),
    answer: performance.getEntriesByName("baton-preview:answer").map((entry) => entry.duration),
    userAgent: navigator.userAgent,
  }));
  // answers include the restarts' greetings; the user messages are every other one
  const answers = figures.answer.filter((_, index) => index % 2 === 0);
  const stats = (ms: number[]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
    return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN, n: sorted.length };
  };
  const result = { at: new Date().toISOString(), nodes: 500, edits: EDITS, userAgent: figures.userAgent, compile: stats(figures.compile), answer: stats(answers) };
  const out = path.resolve(import.meta.dirname, "../../../data/preview-browser-bench.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(result, null, 2));
  console.log(`preview browser bench: ${JSON.stringify(result)}`);
  expect(figures.compile.length).toBeGreaterThanOrEqual(EDITS);
});
