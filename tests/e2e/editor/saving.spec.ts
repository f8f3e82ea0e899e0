import { expect, test } from "@playwright/test";
import { EditorPage, createFlowViaApi, getFlowViaApi } from "../pages/editor-page";
import { supportFlow } from "./fixtures";

test.use({ viewport: { width: 1600, height: 1000 } });

test("edits made offline are kept and arrive when the connection is back", async ({ page, request, context }) => {
  const flow = await createFlowViaApi(request, "Offline", supportFlow("Offline"));
  const editor = new EditorPage(page);
  await editor.goto(flow.id);
  await editor.expectSaved();

  await context.setOffline(true);
  await editor.paletteItem("callback").click();
  await expect(editor.saveStatus).toHaveText(/Offline — kept locally/);
  expect((await getFlowViaApi(request, flow.id)).document.nodes).toHaveLength(6);

  await context.setOffline(false);
  await editor.expectSaved();
  const saved = await getFlowViaApi(request, flow.id);
  expect(saved.document.nodes.map((node) => node.kind)).toContain("callback");
});

test("a reload while saves fail loses nothing: the local draft is restored and saved", async ({ page, request }) => {
  const flow = await createFlowViaApi(request, "Draft", supportFlow("Draft"));
  const editor = new EditorPage(page);
  await editor.goto(flow.id);
  await page.route(`**/api/flows/${flow.id}`, (route) => (route.request().method() === "PUT" ? route.abort("internetdisconnected") : route.fallback()));
  await editor.paletteItem("end").click();
  await expect(editor.saveStatus).toHaveAttribute("data-status", "offline");

  await page.unrouteAll();
  await page.reload();
  await expect(editor.nodesOfKind("end")).toHaveCount(1);
  await editor.expectSaved();
  const saved = await getFlowViaApi(request, flow.id);
  expect(saved.document.nodes.map((node) => node.kind)).toContain("end");
});

test("two tabs edit the same flow: the second sees a conflict and keeps its work", async ({ browser, request }) => {
  const flow = await createFlowViaApi(request, "Two tabs", supportFlow("Two tabs"));
  // separate contexts: separate localStorage, like two people
  const contextA = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const contextB = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const a = new EditorPage(await contextA.newPage());
  const b = new EditorPage(await contextB.newPage());
  await a.goto(flow.id);
  await b.goto(flow.id);

  await a.paletteItem("webhook").click();
  await a.expectSaved();
  await expect.poll(async () => (await getFlowViaApi(request, flow.id)).revision).toBe(flow.revision + 1);

  await b.paletteItem("callback").click();
  const dialog = b.conflictDialog();
  await expect(dialog).toBeVisible();
  await expect(b.saveStatus).toHaveText("Conflict");
  await expect(dialog.getByTestId("conflict-summary")).toContainText("mine 7 · theirs 7");
  await expect(dialog.getByTestId("conflict-summary")).toContainText("Only in theirs");
  // nothing is written while the designer decides
  expect((await getFlowViaApi(request, flow.id)).document.nodes.map((n) => n.kind)).not.toContain("callback");

  await dialog.getByRole("button", { name: "Keep mine" }).click();
  await dialog.getByRole("button", { name: "Yes, save mine over theirs" }).click();
  await expect(dialog).toHaveCount(0);
  await b.expectSaved();
  const saved = await getFlowViaApi(request, flow.id);
  expect(saved.revision).toBe(flow.revision + 2);
  expect(saved.document.nodes.map((n) => n.kind)).toContain("callback");

  // tab A now conflicts in turn, and can take B's version
  await a.paletteItem("end").click();
  await expect(a.conflictDialog()).toBeVisible();
  await a.conflictDialog().getByRole("button", { name: "Reload theirs" }).click();
  await expect(a.nodesOfKind("callback")).toHaveCount(1);
  await expect(a.nodesOfKind("end")).toHaveCount(0);
  await a.expectSaved();
  await contextA.close();
  await contextB.close();
});
