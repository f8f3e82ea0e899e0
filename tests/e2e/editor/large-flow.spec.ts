import { expect, test } from "@playwright/test";
import type { FlowDocumentInput } from "@/lib/flow";
import { EditorPage, createFlowViaApi, getFlowViaApi } from "../pages/editor-page";

test.use({ viewport: { width: 1600, height: 1000 } });

/** A chain of `count` message nodes in a grid. */
function bigFlow(count: number): FlowDocumentInput {
  const nodes: FlowDocumentInput["nodes"] = [{ id: "start", kind: "start", position: { x: -320, y: 0 }, config: {} }];
  for (let i = 0; i < count; i++) {
    nodes.push({ id: `m${i}`, kind: "message", position: { x: (i % 40) * 320, y: Math.floor(i / 40) * 200 }, config: { text: `Message number ${i}` } });
  }
  const edges = [{ id: "s", source: "start", sourcePort: "next", target: "m0" }];
  for (let i = 1; i < count; i++) edges.push({ id: `e${i}`, source: `m${i - 1}`, sourcePort: "next", target: `m${i}` });
  return { schemaVersion: 1, name: "Big", nodes, edges };
}

// Speed is measured by `npm run bench` (the editor benchmark); this test checks behaviour only.
test("a 1,500-node flow opens on its start, renders only what is visible, a drag commits one move, and fit view shows it all", async ({ page, request }) => {
  const flow = await createFlowViaApi(request, "Big", bigFlow(1_500));
  const editor = new EditorPage(page);
  await page.goto(`/flows/${flow.id}`);
  // a big flow opens on its start (the minimap shows the whole), rendering only what is on screen
  await expect(editor.node("start")).toBeInViewport({ timeout: 30_000 });
  expect(await editor.nodes.count()).toBeLessThan(200);

  // zoom in on the first node so it can be grabbed
  const results = await editor.search("Message number 0");
  await expect(results.getByRole("option").first()).toBeVisible();
  await page.keyboard.press("Enter");
  const node = editor.node("m0");
  await expect(node).toBeInViewport();
  const box = await node.locator("header").boundingBox();
  if (!box) throw new Error("node not visible");

  await page.mouse.move(box.x + 20, box.y + 10);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) await page.mouse.move(box.x + 20 + i * 8, box.y + 10 + i * 4);
  await page.mouse.up();
  await editor.expectSaved();
  const saved = await getFlowViaApi(request, flow.id);
  const moved = saved.document.nodes.filter((n) => n.id === "m0" && (n.position.x !== 0 || n.position.y !== 0));
  expect(moved).toHaveLength(1);
  await page.keyboard.press("ControlOrMeta+z");
  await expect.poll(async () => (await getFlowViaApi(request, flow.id)).document.nodes.find((n) => n.id === "m0")?.position).toEqual({ x: 0, y: 0 });

  // fit view shows the whole flow, its far corner included
  await page.getByRole("button", { name: "Fit View" }).click();
  await expect(editor.node("m1499")).toBeInViewport();
  await expect(editor.node("start")).toBeInViewport();
  // this far out every edge is a path of one <svg>; m1499 was first drawn here, with placeholder
  // handles, and its edge still finds its ends
  const tinyEdges = page.getByTestId("tiny-edges").locator("path");
  await expect(tinyEdges).toHaveCount(1_500);
  await expect(tinyEdges.and(page.locator('[data-id="e1499"]'))).toHaveAttribute("d", /^M[\d.-]+,[\d.-]+ C/);
});

test("zoomed out, nodes show their titles and edges their colours only, without a minimap; further out, coloured boxes; zoomed in, the details come back", async ({ page, request }) => {
  const flow = await createFlowViaApi(request, "Zoom", {
    schemaVersion: 1,
    name: "Zoom",
    nodes: [
      { id: "start", kind: "start", position: { x: 0, y: 0 }, config: {} },
      { id: "desk", kind: "handoff", position: { x: 320, y: 0 }, config: {} },
      { id: "bye", kind: "end", position: { x: 640, y: 160 }, config: {} },
    ],
    edges: [
      { id: "e1", source: "start", sourcePort: "next", target: "desk" },
      { id: "e2", source: "desk", sourcePort: "unavailable", target: "bye" },
    ],
  });
  const editor = new EditorPage(page);
  await editor.goto(flow.id);
  const edgeLabel = page.locator(".react-flow__edgelabel-renderer").getByText("unavailable", { exact: true });
  // the kind line above the title: "HANDOFF" with its "protocol" tag
  const kindLabel = editor.node("desk").getByText("protocol", { exact: true });
  const minimap = page.getByRole("img", { name: "Minimap" });
  await expect(edgeLabel).toBeVisible();
  await expect(kindLabel).toBeVisible();
  await expect(minimap).toBeVisible();

  const zoomOut = page.getByRole("button", { name: "Zoom Out" });
  for (let i = 0; i < 5; i++) await zoomOut.click();
  await expect(edgeLabel).toHaveCount(0);
  await expect(kindLabel).toHaveCount(0);
  // the canvas is the overview now: the minimap would only repeat it
  await expect(minimap).toHaveCount(0);
  // the title still says which node it is, and the port's handle is still there to connect to
  await expect(editor.node("desk")).not.toBeEmpty();
  const deskHandles = page.locator('.react-flow__node[data-id="desk"] .react-flow__handle');
  await expect(deskHandles.and(page.locator(".react-flow__handle-right"))).toHaveCount(3);
  await expect(deskHandles.first()).toBeVisible();

  // below 25 %, as in the minimap: the box in the handoff colour, no title or handles to paint
  for (let i = 0; i < 4; i++) await zoomOut.click();
  await expect(editor.node("desk")).toBeVisible();
  await expect(editor.node("desk").locator(".simple-title")).toBeHidden();
  await expect(deskHandles.first()).toBeHidden();
  // the edges are still drawn, from the handles' places, in their colours: `unavailable` amber
  const unavailable = page.getByTestId("tiny-edges").locator('path[data-id="e2"]');
  await expect(unavailable).toHaveAttribute("d", /^M[\d.-]+,[\d.-]+ C/);
  await expect(unavailable).toHaveAttribute("stroke", "#d97706");
  await expect(page.locator(".react-flow__edges")).toBeHidden();
  // dragging a node redraws its edges
  const before = await unavailable.getAttribute("d");
  const desk = await editor.node("desk").boundingBox();
  if (!desk || !before) throw new Error("the node or its edge is not drawn");
  await page.mouse.move(desk.x + desk.width / 2, desk.y + desk.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(desk.x + desk.width / 2 + i * 4, desk.y + desk.height / 2 + i * 3);
  await page.mouse.up();
  await expect(unavailable).not.toHaveAttribute("d", before);
  const zoomIn = page.getByRole("button", { name: "Zoom In" });
  for (let i = 0; i < 4; i++) await zoomIn.click();
  await expect(editor.node("desk").locator(".simple-title")).toBeVisible();
  await expect(deskHandles.first()).toBeVisible();
  await expect(page.getByTestId("rf__edge-e2")).toBeVisible();
  await expect(page.getByTestId("tiny-edges")).toHaveCount(0);

  for (let i = 0; i < 5; i++) await zoomIn.click();
  await expect(edgeLabel).toBeVisible();
  await expect(kindLabel).toBeVisible();
  await expect(minimap).toBeVisible();
});
