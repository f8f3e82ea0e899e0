import { expect, test } from "@playwright/test";
import { FlowsPage } from "../pages/flows-page";

const unique = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 8)}`;

test("a created flow can be renamed and is still there after a reload", async ({ page }) => {
  const flows = new FlowsPage(page);
  await flows.goto();
  const name = unique("Orders");
  await flows.create(name);
  await flows.goto();
  const renamed = unique("Orders renamed");
  const dialog = await flows.startRename(name, renamed);
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(flows.row(renamed)).toBeVisible();
  await expect(flows.row(name)).toHaveCount(0);
});

test("importing a malformed file shows what is wrong and where", async ({ page }) => {
  const flows = new FlowsPage(page);
  await flows.goto();
  await flows.importFile("broken.json", JSON.stringify({ schemaVersion: 1, name: "Broken", nodes: [{ id: "a", kind: "message", position: { x: 0, y: 0 }, config: {} }] }));
  const dialog = page.getByRole("dialog", { name: "Couldn't import broken.json" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("list", { name: "Import problems" })).toContainText("nodes[0].config.text");

  await dialog.getByRole("button", { name: "Close" }).click();
  await flows.importFile("not-json.json", "{ this is not json");
  await expect(page.getByRole("dialog", { name: "Couldn't import not-json.json" })).toContainText("not valid JSON");
});

test("a deleted flow comes back with Undo", async ({ page }) => {
  const flows = new FlowsPage(page);
  const name = unique("Doomed");
  await page.request.post("/api/flows", { data: { name } });
  await flows.goto();
  await flows.delete(name);
  await expect(flows.row(name)).toHaveCount(0);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(flows.row(name)).toBeVisible();
  await page.reload();
  await expect(flows.row(name)).toBeVisible();
});

test("two tabs renaming the same flow: the second is told of the conflict and keeps its text", async ({ page, context }) => {
  const name = unique("Shared");
  await page.request.post("/api/flows", { data: { name } });
  const tabA = new FlowsPage(page);
  const tabB = new FlowsPage(await context.newPage());
  await tabA.goto();
  await tabB.goto();

  const fromA = unique("Name from A");
  await expect(await tabA.startRename(name, fromA)).toBeHidden();

  const fromB = unique("Name from B");
  const dialog = await tabB.startRename(name, fromB);
  await expect(dialog.getByRole("alert")).toContainText(`now called “${fromA}”`);
  await expect(dialog.getByLabel("Name")).toHaveValue(fromB);

  await dialog.getByRole("button", { name: "Save my name on top" }).click();
  await expect(dialog).toBeHidden();
  await tabA.page.reload();
  await expect(tabA.row(fromB)).toBeVisible();
});

test("/flows, a flow's URL trimmed to its folder, opens the flows list", async ({ page }) => {
  await page.goto("/flows");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "Flows" })).toBeVisible();
});
