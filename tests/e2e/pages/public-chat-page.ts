import { expect, type Locator, type Page } from "@playwright/test";

/** The public chat at /chat/[flowId], used like a visitor would: type, tap, talk to a person. */
export class PublicChatPage {
  readonly root: Locator;
  readonly messages: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId("public-chat");
    this.messages = this.root.getByTestId("chat-message");
    this.status = this.root.getByTestId("chat-status");
  }

  /** Opens the chat and waits for the bot's first words. */
  async goto(flowId: string) {
    await this.page.goto(`/chat/${encodeURIComponent(flowId)}`);
    await expect(this.messages.first()).toBeVisible();
  }

  async send(text: string) {
    await this.root.getByLabel("Message", { exact: true }).fill(text);
    await this.root.getByLabel("Message", { exact: true }).press("Enter");
  }

  quickReply(label: string | RegExp): Locator {
    return this.root.getByRole("group", { name: "Quick replies" }).getByRole("button", { name: label });
  }

  async talkToPerson() {
    await this.root.getByRole("button", { name: "Talk to a person" }).click();
  }

  message(text: string | RegExp): Locator {
    return this.messages.filter({ hasText: text });
  }

  /** The latest message from "bot", "agent", "system" or "user". */
  lastFrom(from: "bot" | "agent" | "system" | "user"): Locator {
    return this.root.locator(`[data-testid="chat-message"][data-from="${from}"]`).last();
  }

  confirmations(): Locator {
    return this.root.getByTestId("chat-confirmation");
  }
}
