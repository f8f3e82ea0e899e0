import { expect, test } from "@playwright/test";
import { EditorPage, createFlowViaApi, getFlowViaApi } from "../pages/editor-page";
import { supportFlow } from "./fixtures";

test.use({ viewport: { width: 1600, height: 1000 } });

test("undo and redo adding, moving and deleting", async ({ page, request }) => {
  const flow = await createFlowViaApi(request, "Undo", supportFlow("Undo"));
  const editor = new EditorPage(page);
  await editor.goto(flow.id);
  await expect(editor.nodes).toHaveCount(6);

  await editor.paletteItem("message").click();
  await expect(editor.nodes).toHaveCount(7);
  await editor.clickEmptyCanvas();
  await editor.press("ControlOrMeta+z");
  await expect(editor.nodes).toHaveCount(6);
  await editor.press("ControlOrMeta+Shift+z");
  await expect(editor.nodes).toHaveCount(7);
  await editor.press("ControlOrMeta+z");
  await expect(editor.nodes).toHaveCount(6);
  await editor.press("Control+y");
  await expect(editor.nodes).toHaveCount(7);

  // a drag is one undo step, and the start node moves back to where it was
  const start = editor.node("start");
  const before = await start.boundingBox();
  const header = start.locator("header");
  const box = await header.boundingBox();
  if (!before || !box) throw new Error("start node not visible");
  await page.mouse.move(box.x + 20, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 90, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await start.boundingBox())?.x).not.toBe(before.x);
  await editor.press("ControlOrMeta+z");
  await expect.poll(async () => (await start.boundingBox())?.x).toBe(before.x);

  // Delete removes the selected node and its edges; undo brings both back
  await editor.selectNode(editor.node("status"));
  await editor.press("Delete");
  await expect(editor.node("status")).toHaveCount(0);
  await expect(editor.edges).toHaveCount(4);
  await editor.press("ControlOrMeta+z");
  await expect(editor.node("status")).toBeVisible();
  await expect(editor.edges).toHaveCount(5);

  // typing in a text field keeps the browser's own undo: the canvas does not undo
  await page.getByLabel("Flow name").fill("Undo renamed");
  await page.getByLabel("Flow name").press("ControlOrMeta+z");
  await expect(editor.node("status")).toBeVisible();
});

test("delete through the right-click menu, and duplicate", async ({ page, request }) => {
  const flow = await createFlowViaApi(request, "Menus", supportFlow("Menus"));
  const editor = new EditorPage(page);
  await editor.goto(flow.id);
  await editor.node("sorry").locator("header").click({ button: "right" });
  await page.getByRole("menuitem", { name: /Delete/ }).click();
  await expect(editor.node("sorry")).toHaveCount(0);
  await expect(editor.edges).toHaveCount(4);

  await editor.selectNode(editor.node("human"));
  await editor.press("ControlOrMeta+d");
  await expect(editor.nodesOfKind("handoff")).toHaveCount(2);

  // Start cannot be duplicated: a flow has one
  await editor.selectNode(editor.node("start"));
  await editor.press("ControlOrMeta+d");
  await expect(editor.nodesOfKind("start")).toHaveCount(1);

  await editor.expectSaved();
  const saved = await getFlowViaApi(request, flow.id);
  expect(saved.document.nodes.filter((node) => node.kind === "handoff")).toHaveLength(2);
  expect(saved.document.nodes.some((node) => node.id === "sorry")).toBe(false);
});

test("copy and paste nodes with their inner edges, within a flow and into another flow", async ({ page, request, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const source = await createFlowViaApi(request, "Copy from", supportFlow("Copy from"));
  const target = await createFlowViaApi(request, "Paste into", { schemaVersion: 1, name: "Paste into", nodes: [] });
  const editor = new EditorPage(page);
  await editor.goto(source.id);

  // shift-click builds a multi-selection
  await editor.selectNode(editor.node("human"));
  await editor.node("ticket").locator("header").click({ modifiers: ["Shift"] });
  await editor.press("ControlOrMeta+c");
  await editor.press("ControlOrMeta+v");
  await expect(editor.nodesOfKind("handoff")).toHaveCount(2);
  await expect(editor.nodesOfKind("ticket")).toHaveCount(2);
  await expect(editor.edges).toHaveCount(6); // the copied handoff → ticket edge came along

  await editor.goto(target.id);
  await expect(editor.nodes).toHaveCount(0);
  await editor.clickEmptyCanvas();
  await editor.press("ControlOrMeta+v");
  await expect(editor.nodes).toHaveCount(2);
  await expect(editor.edges).toHaveCount(1);
  await editor.expectSaved();
  const saved = await getFlowViaApi(request, target.id);
  expect(saved.document.nodes.map((node) => node.kind).sort()).toEqual(["handoff", "ticket"]);
  expect(saved.document.edges).toHaveLength(1);

  // cut removes them and a paste brings them back
  await editor.selectNode(editor.nodesOfKind("ticket"));
  await editor.press("ControlOrMeta+x");
  await expect(editor.nodesOfKind("ticket")).toHaveCount(0);
  await editor.press("ControlOrMeta+v");
  await expect(editor.nodesOfKind("ticket")).toHaveCount(1);
});

test("search by text jumps to a far-away node", async ({ page, request }) => {
  const doc = supportFlow("Search");
  doc.nodes.push({ id: "faraway", kind: "message", position: { x: 6000, y: 4000 }, config: { text: "Opening hours are 9 to 5" } });
  const flow = await createFlowViaApi(request, "Search", doc);
  const editor = new EditorPage(page);
  await editor.goto(flow.id);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(editor.node("faraway")).not.toBeInViewport();

  const results = await editor.search("opening hours");
  await expect(results.getByRole("option")).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(editor.node("faraway")).toBeInViewport();
  await expect(page.getByTestId("rf__node-faraway")).toHaveClass(/selected/);
});

test("auto-layout keeps every edge, and is one undo step", async ({ page, request }) => {
  const doc = supportFlow("Layout");
  for (const node of doc.nodes) node.position = { x: 0, y: 0 };
  const flow = await createFlowViaApi(request, "Layout", doc);
  const editor = new EditorPage(page);
  await editor.goto(flow.id);
  await editor.autoLayout();
  await editor.expectSaved();
  await expect.poll(async () => (await getFlowViaApi(request, flow.id)).revision).toBeGreaterThan(flow.revision);
  const saved = await getFlowViaApi(request, flow.id);
  expect(saved.document.edges).toHaveLength(5);
  const xs = new Map(saved.document.nodes.map((node) => [node.id, node.position.x]));
  expect(xs.get("start")).toBeLessThan(xs.get("route") ?? 0);
  expect(xs.get("route")).toBeLessThan(xs.get("human") ?? 0);
  expect(xs.get("human")).toBeLessThan(xs.get("ticket") ?? 0);
  await expect(editor.edges).toHaveCount(5);

  await editor.clickEmptyCanvas();
  await editor.press("ControlOrMeta+z");
  await editor.expectSaved();
  await expect.poll(async () => (await getFlowViaApi(request, flow.id)).document.nodes.every((node) => node.position.x === 0)).toBe(true);
});

test("dropping a connection on empty canvas offers to add and connect the next node", async ({ page, request }) => {
  const flow = await createFlowViaApi(request, "Drop", supportFlow("Drop"));
  const editor = new EditorPage(page);
  await editor.goto(flow.id);
  const status = editor.node("status");
  const box = await status.boundingBox();
  const canvas = await editor.canvas.boundingBox();
  if (!box || !canvas) throw new Error("not visible");
  await editor.dragPortToCanvas(status, "next", { x: box.x - canvas.x + box.width + 140, y: box.y - canvas.y + 40 });
  const menu = page.getByRole("menu", { name: "Add node here" });
  await expect(menu).toBeVisible();
  await menu.getByRole("menuitem", { name: "End" }).click();
  await expect(editor.nodesOfKind("end")).toHaveCount(1);
  await expect(editor.edges).toHaveCount(6);
  await editor.expectSaved();
  const saved = await getFlowViaApi(request, flow.id);
  const end = saved.document.nodes.find((node) => node.kind === "end");
  expect(saved.document.edges).toContainEqual(expect.objectContaining({ source: "status", sourcePort: "next", target: end?.id }));
});

test("keyboard: tab to a node, move it with the arrow keys, delete it", async ({ page, request }) => {
  const flow = await createFlowViaApi(request, "Keys", supportFlow("Keys"));
  const editor = new EditorPage(page);
  await editor.goto(flow.id);
  const wrapper = page.getByTestId("rf__node-status");
  await wrapper.focus();
  await expect(wrapper).toBeFocused();
  await page.keyboard.press("Enter"); // selects the focused node
  await expect(wrapper).toHaveClass(/selected/);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await editor.expectSaved();
  await expect.poll(async () => (await getFlowViaApi(request, flow.id)).document.nodes.find((n) => n.id === "status")?.position.x).toBe(640 + 32);
  await page.keyboard.press("Delete");
  await expect(editor.node("status")).toHaveCount(0);
});
