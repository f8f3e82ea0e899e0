import { expect, type Page } from "@playwright/test";

/** The flows list at `/`, driven the way a designer uses it. */
export class FlowsPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { name: "Flows", level: 1 })).toBeVisible();
  }

  row(name: string) {
    return this.page.getByRole("list", { name: "Flows" }).getByRole("listitem").filter({ hasText: name });
  }

  async create(name: string) {
    await this.page.getByRole("button", { name: "New flow" }).click();
    await this.page.getByLabel("Name", { exact: true }).fill(name);
    await this.page.getByRole("button", { name: "Create flow" }).click();
    await this.page.waitForURL(/\/flows\/[\w-]+$/);
  }

  async openActions(name: string) {
    await this.page.getByRole("button", { name: `Actions for ${name}` }).click();
  }

  async startRename(name: string, newName: string) {
    await this.openActions(name);
    await this.page.getByRole("menuitem", { name: "Rename" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Rename flow" });
    await dialog.getByLabel("Name").fill(newName);
    await dialog.getByRole("button", { name: /Rename|Save my name on top/ }).click();
    return dialog;
  }

  async delete(name: string) {
    await this.openActions(name);
    await this.page.getByRole("menuitem", { name: "Delete" }).click();
  }

  async importFile(name: string, contents: string) {
    await this.page.getByTestId("import-flow-input").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(contents) });
  }
}
