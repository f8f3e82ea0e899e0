import { expect, type Locator, type Page } from "@playwright/test";

/** The agent desk at /desk: presence, the queue lists, one conversation, tickets and callbacks. */
export class DeskPage {
  readonly waiting: Locator;
  readonly mine: Locator;
  readonly conversation: Locator;

  constructor(readonly page: Page) {
    this.waiting = page.getByRole("list", { name: "Waiting" });
    this.mine = page.getByRole("list", { name: "My conversations" });
    this.conversation = page.getByTestId("desk-conversation");
  }

  async goto() {
    await this.page.goto("/desk");
    await expect(this.page.getByRole("heading", { name: "Agent desk" })).toBeVisible();
  }

  async setPresence(presence: "Online" | "Away" | "Offline") {
    const option = this.page.getByRole("radiogroup", { name: "Presence" }).getByRole("radio", { name: presence });
    await option.click();
    await expect(option).toHaveAttribute("aria-checked", "true");
  }

  /** Waiting handoffs whose row mentions `text`. */
  waitingRow(text: string | RegExp): Locator {
    return this.waiting.getByTestId("desk-handoff").filter({ hasText: text });
  }

  contextCard(): Locator {
    return this.conversation.getByTestId("context-card");
  }

  messages(): Locator {
    return this.conversation.getByTestId("chat-message");
  }

  async accept() {
    await this.conversation.getByRole("button", { name: "Accept" }).click();
  }

  async reply(text: string) {
    const box = this.conversation.getByLabel("Message", { exact: true });
    await expect(box).toBeEnabled();
    await box.fill(text);
    await box.press("Enter");
  }

  async handBack(note: string) {
    await this.conversation.getByRole("button", { name: "Hand back to bot" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Hand back to the bot" });
    await dialog.getByLabel("Note").fill(note);
    await dialog.getByRole("button", { name: "Hand back" }).click();
    await expect(dialog).toBeHidden();
  }

  async showTab(name: "Conversations" | "Tickets" | "Callbacks") {
    await this.page.getByRole("tab", { name }).click();
  }
}
