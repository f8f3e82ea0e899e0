import { expect, type Locator, type Page } from "@playwright/test";

/**
 * The preview (docked in the editor, or full page at /flows/[id]/test): chat, world controls,
 * agent role-play, debug view and tests, driven by role and label like a person would.
 */
export class PreviewPanel {
  readonly root: Locator;
  readonly workbench: Locator;
  readonly messages: Locator;

  constructor(readonly page: Page, root?: Locator) {
    this.root = root ?? page.getByTestId("preview-panel");
    this.workbench = this.root.getByTestId("preview-workbench");
    this.messages = this.root.getByTestId("chat-message");
  }

  /** Opens the docked panel from the editor's top bar and waits for the greeting. */
  async open() {
    await this.page.getByRole("button", { name: "Preview", exact: true }).click();
    await expect(this.root).toBeVisible();
    await expect(this.messages.first()).toBeVisible();
  }

  tab(name: "Chat" | "World" | "Debug" | "Tests" | RegExp) {
    return this.root.getByRole("tab", { name });
  }

  async showTab(name: "Chat" | "World" | "Debug" | "Tests" | RegExp) {
    await this.tab(name).click();
  }

  async send(text: string) {
    await this.showTab("Chat");
    await this.root.getByLabel("Message", { exact: true }).fill(text);
    await this.root.getByRole("button", { name: "Send", exact: true }).click();
  }

  quickReply(label: string): Locator {
    return this.root.getByRole("group", { name: "Quick replies" }).getByRole("button", { name: label, exact: true });
  }

  async talkToPerson() {
    await this.showTab("Chat");
    await this.root.getByRole("button", { name: "Talk to a person" }).click();
  }

  /** Chat messages containing `text`. */
  message(text: string | RegExp): Locator {
    return this.messages.filter({ hasText: text });
  }

  /** The latest message from `from` ("bot", "agent", "system", "user"). */
  lastFrom(from: string): Locator {
    return this.root.locator(`[data-testid="chat-message"][data-from="${from}"]`).last();
  }

  async setAgents(queue: string, agents: "online" | "offline" | "busy") {
    await this.showTab("World");
    await this.root.getByLabel(`Agents in ${queue}`).selectOption(agents);
  }

  async setWebhook(nodeId: string, mode: "success" | "error" | "timeout") {
    await this.showTab("World");
    await this.root.getByLabel(`Webhook ${nodeId} answer`).selectOption(mode);
  }

  get agent(): Locator {
    return this.root.getByRole("region", { name: "Agent role-play" });
  }

  async accept(name: string) {
    await this.agent.getByLabel("Agent name").fill(name);
    await this.agent.getByRole("button", { name: "Accept" }).click();
  }

  async agentReply(text: string) {
    await this.agent.getByLabel("Agent reply").fill(text);
    await this.agent.getByRole("button", { name: "Send as agent" }).click();
  }

  async handBack(note: string) {
    await this.agent.getByLabel("Agent note").fill(note);
    await this.agent.getByRole("button", { name: "Hand back" }).click();
  }

  /** The trace lines (Debug tab). */
  async trace(): Promise<Locator> {
    await this.showTab("Debug");
    return this.root.getByRole("list", { name: "Trace" }).getByRole("listitem");
  }

  async saveAsTest(name: string) {
    await this.root.getByRole("button", { name: "Save as test" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Save as test" });
    await dialog.getByLabel("Test name").fill(name);
    await expect(dialog.getByTestId("save-test-check")).toHaveText(/Replays exactly/);
    await dialog.getByRole("button", { name: "Save test" }).click();
    await expect(dialog).toBeHidden();
  }

  testRow(name: string): Locator {
    return this.root.getByTestId("test-row").filter({ hasText: name });
  }

  /** Runs every stored test and waits until the summary says they all ran. */
  async runAllTests() {
    await this.showTab("Tests");
    await this.root.getByRole("button", { name: "Run all" }).click();
    await expect(this.root.getByTestId("tests-summary")).toBeVisible();
  }

  /** The hash of the bundle the preview runs; changes once an edit has been recompiled. */
  bundleHash(): Promise<string | null> {
    return this.workbench.getAttribute("data-bundle-hash");
  }
}
