import { expect, test } from "@playwright/test";
import { EditorPage, createFlowViaApi } from "../pages/editor-page";
import { VersionsPanel } from "../pages/versions-panel";
import { acmeFlow } from "./acme";

test("publishing a flow with errors is refused with the list, and each error leads to its node", async ({ page }) => {
  const broken = acmeFlow("Broken support");
  broken.edges = broken.edges.filter((edge) => !(edge.source === "refund_handoff" && edge.sourcePort === "unavailable"));
  const flow = await createFlowViaApi(page.request, "Broken support", broken);
  const editor = new EditorPage(page);
  const versions = new VersionsPanel(page);
  await editor.goto(flow.id);

  await versions.publish("Try it");
  const refusal = versions.publishDialog.getByRole("alert");
  await expect(refusal).toContainText("1 error");
  const errors = refusal.getByRole("list", { name: "Errors that block publishing" }).getByRole("listitem");
  await expect(errors).toHaveCount(1);
  await errors.first().getByRole("button").click();
  await expect(versions.publishDialog).toBeHidden();
  await expect(page.locator('.react-flow__node.selected[data-id="refund_handoff"]')).toBeVisible();

  await versions.open();
  await expect(versions.root).toContainText("Nothing published yet");
});

test("publishing numbers versions and lists them with note, author and hash", async ({ page }) => {
  const flow = await createFlowViaApi(page.request, "Acme support", acmeFlow());
  const editor = new EditorPage(page);
  const versions = new VersionsPanel(page);
  await editor.goto(flow.id);

  await versions.publish("First release");
  await expect(page.getByText("Published v1")).toBeVisible();
  await expect(versions.publishDialog).toBeHidden();
  await versions.publish("");
  await expect(page.getByText("Published v2")).toBeVisible();

  await versions.open();
  await expect(versions.root.getByRole("listitem", { name: /^Version/ })).toHaveCount(2);
  await expect(versions.row(1)).toContainText("First release");
  await expect(versions.row(1)).toContainText("by E2E Designer");
  await expect(versions.row(2)).toContainText("No note");
  const listed = await page.request.get(`/api/flows/${flow.id}/versions`);
  const body: { versions: { version: number; bundleHash: string }[] } = await listed.json();
  await expect(versions.row(1)).toContainText(`#${body.versions.find((version) => version.version === 1)?.bundleHash.slice(0, 8)}`);
});
