import { expect, test } from "@playwright/test";
import { EditorPage, createFlowViaApi, getFlowViaApi } from "../pages/editor-page";
import { VersionsPanel, publishViaApi } from "../pages/versions-panel";
import { GREETING, acmeFlow } from "./acme";

const EDITED = "Hello! Acme here. How can I help today?";

/** Publishes the demo flow as v1, then edits the greeting in the draft (revision 2). */
async function publishedThenEdited(request: Parameters<typeof createFlowViaApi>[0]) {
  const flow = await createFlowViaApi(request, "Acme support", acmeFlow());
  await publishViaApi(request, flow.id, flow.revision, "Launch");
  const document = {
    ...flow.document,
    nodes: flow.document.nodes.map((node) => (node.id === "greet" && node.kind === "message" ? { ...node, config: { ...node.config, text: EDITED } } : node)),
  };
  const saved = await request.put(`/api/flows/${flow.id}`, { data: { revision: flow.revision, document } });
  expect(saved.ok(), await saved.text()).toBe(true);
  return flow;
}

test("a diff against the draft shows the changed message, on the list and on the canvas", async ({ page }) => {
  const flow = await publishedThenEdited(page.request);
  const editor = new EditorPage(page);
  const versions = new VersionsPanel(page);
  await editor.goto(flow.id);
  await versions.open();
  await versions.compareWithDraft(1);

  const changed = versions.changes.locator('[data-diff="changed"][data-node-id="greet"]');
  await expect(changed).toContainText(`config.text: "${GREETING.slice(0, 40)}`);
  await expect(changed).toContainText(`→ "${EDITED}"`);
  await expect(versions.changes.locator(":scope > li")).toHaveCount(1);
  await expect(versions.versionNodeWrapper("greet")).toHaveClass(/diff-changed/);
  await expect(versions.versionNodeWrapper("menu")).not.toHaveClass(/diff-/);
  await changed.getByRole("button").click();
  await expect(versions.versionNode("greet")).toBeInViewport();

  await versions.backToDraft();
  await expect(editor.node("greet")).toContainText(EDITED.slice(0, 20));
});

test("viewing a version is read-only; restoring it brings it back into the draft and undo takes it away", async ({ page }) => {
  const flow = await publishedThenEdited(page.request);
  const editor = new EditorPage(page);
  const versions = new VersionsPanel(page);
  await editor.goto(flow.id);
  await versions.open();
  await versions.view(1);
  await expect(versions.versionNode("greet")).toContainText(GREETING.slice(0, 20));
  // nothing on the version canvas can be selected or deleted, and the draft is untouched
  // (force: the read-only nodes take no pointer events, so the click lands on the pane under them)
  await versions.versionNode("menu").click({ force: true });
  await page.keyboard.press("Delete");
  await page.keyboard.press("ControlOrMeta+z");
  await expect(versions.versionNode("menu")).toBeVisible();
  await versions.backToDraft();
  await expect(editor.node("menu")).toBeVisible();
  await expect(editor.node("greet")).toContainText(EDITED.slice(0, 20));

  await versions.restore(1);
  await expect(page.getByText("Restored v1 into the draft")).toBeVisible();
  await expect(versions.banner).toBeHidden();
  await expect(editor.node("greet")).toContainText(GREETING.slice(0, 20));
  // autosave saves the restore like any edit
  await expect.poll(async () => JSON.stringify((await getFlowViaApi(page.request, flow.id)).document)).toContain(GREETING);

  await page.getByLabel("Undo", { exact: true }).click(); // the top bar's undo (the toast offers one too)
  await expect(editor.node("greet")).toContainText(EDITED.slice(0, 20));
  await expect.poll(async () => JSON.stringify((await getFlowViaApi(page.request, flow.id)).document)).toContain(EDITED);
  // the published version itself never changed
  const v1 = await page.request.get(`/api/flows/${flow.id}/versions/1`);
  expect(JSON.stringify(await v1.json())).toContain(GREETING);
});
