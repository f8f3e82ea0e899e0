import fs from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext, type Download, type Locator, type Page } from "@playwright/test";

/** A published version as the API returns it. */
export interface ApiVersion {
  version: number;
  note: string;
  bundleHash: string;
}

/**
 * Publishes the flow's saved draft through the API (as the signed-in designer of the page's
 * context: pass `page.request`, which carries the session cookie).
 */
export async function publishViaApi(request: APIRequestContext, flowId: string, revision: number, note = ""): Promise<ApiVersion> {
  const response = await request.post(`/api/flows/${flowId}/publish`, { data: { revision, note } });
  expect(response.status(), await response.text()).toBe(201);
  const body: { version: ApiVersion } = await response.json();
  return body.version;
}

/**
 * Publishing, versions and export in the editor, driven by role and label: the top bar's Publish,
 * Versions and Export buttons, the Versions drawer, the read-only version view and its diff.
 */
export class VersionsPanel {
  readonly root: Locator;
  readonly banner: Locator;
  readonly canvas: Locator;
  readonly changes: Locator;
  readonly publishDialog: Locator;
  readonly exportDialog: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole("complementary", { name: "Versions" });
    this.banner = page.getByTestId("version-banner");
    this.canvas = page.getByTestId("version-canvas");
    this.changes = this.root.getByRole("list", { name: "Changes" });
    this.publishDialog = page.getByRole("dialog", { name: "Publish this flow" });
    this.exportDialog = page.getByRole("dialog", { name: "Export and embed" });
  }

  async open() {
    await this.page.getByRole("button", { name: "Versions", exact: true }).click();
    await expect(this.root).toBeVisible();
  }

  row(version: number): Locator {
    return this.root.getByTestId(`version-${version}`);
  }

  async view(version: number) {
    await this.row(version).getByRole("button", { name: "View", exact: true }).click();
    await expect(this.banner).toContainText(`Viewing v${version} — read-only`);
  }

  async compareWithDraft(version: number) {
    await this.row(version).getByRole("button", { name: "Compare with draft" }).click();
    await expect(this.banner).toContainText(`Comparing v${version} → draft`);
  }

  async restore(version: number) {
    await this.row(version).getByRole("button", { name: "Restore", exact: true }).click();
  }

  async backToDraft() {
    await this.banner.getByRole("button", { name: "Back to draft" }).click();
    await expect(this.banner).toBeHidden();
  }

  /** A node on the read-only version canvas (not the draft's canvas underneath). */
  versionNode(nodeId: string): Locator {
    return this.canvas.getByTestId(`node-${nodeId}`);
  }

  /** The React Flow wrapper of a version-canvas node: it carries the diff class. */
  versionNodeWrapper(nodeId: string): Locator {
    return this.canvas.locator(`.react-flow__node[data-id="${nodeId}"]`);
  }

  /** Opens the Publish dialog, writes the note and presses Publish. */
  async publish(note: string) {
    await this.page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(this.publishDialog).toBeVisible();
    await this.publishDialog.getByLabel("Release note").fill(note);
    await this.publishDialog.getByRole("button", { name: "Publish", exact: true }).click();
  }

  async openExport() {
    await this.page.getByRole("button", { name: "Export", exact: true }).click();
    await expect(this.exportDialog).toBeVisible();
  }

  /** Clicks a download link of the export dialog and saves the file into `directory`. */
  async download(link: "Runtime bundle (.baton.json)" | "Everything (.zip)", directory: string): Promise<{ download: Download; file: string }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.exportDialog.getByRole("link", { name: link }).click()]);
    const file = path.join(directory, download.suggestedFilename());
    fs.mkdirSync(directory, { recursive: true });
    await download.saveAs(file);
    return { download, file };
  }
}
