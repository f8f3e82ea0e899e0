import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import type { FlowDocumentInput } from "@/lib/flow";
import { createFlowViaApi, EditorPage } from "../pages/editor-page";
import { PreviewPanel } from "../pages/preview-panel";

const acme: FlowDocumentInput = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/flows/acme-support.json"), "utf8"));

async function openPreview(page: import("@playwright/test").Page, request: import("@playwright/test").APIRequestContext, name: string) {
  const flow = await createFlowViaApi(request, name, acme);
  const editor = new EditorPage(page);
  await editor.goto(flow.id);
  const preview = new PreviewPanel(page);
  await preview.open();
  await expect(preview.lastFrom("bot")).toContainText("Hi! I'm the Acme assistant");
  return { flow, editor, preview };
}

/** True when the node is drawn and wholly inside the canvas (not off screen, not under its edge). */
async function inView(page: Page, nodeId: string): Promise<boolean> {
  const node = page.getByTestId(`node-${nodeId}`);
  if ((await node.count()) === 0) return false;
  const [box, canvas] = await Promise.all([node.boundingBox(), page.getByTestId("flow-canvas").boundingBox()]);
  if (!box || !canvas) return false;
  return box.x >= canvas.x && box.y >= canvas.y && box.x + box.width <= canvas.x + canvas.width && box.y + box.height <= canvas.y + canvas.height;
}

test.describe("preview chat", () => {
  test("the demo opens readable on its start, and the canvas follows the conversation to a node off screen", async ({ page, request }) => {
    const flow = await createFlowViaApi(request, "Preview follows", acme);
    await new EditorPage(page).goto(flow.id);
    await expect.poll(() => inView(page, "start")).toBe(true);
    const zoom = await page.locator(".react-flow__viewport").evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    expect(zoom).toBeGreaterThanOrEqual(0.6);
    expect(await inView(page, "offer_choice")).toBe(false);
    const preview = new PreviewPanel(page);
    await preview.open();
    await preview.setAgents("support", "offline");
    await preview.talkToPerson();
    await expect(preview.lastFrom("bot")).toHaveText("Would you like us to email you, or call you back?");
    await expect.poll(() => inView(page, "offer_choice")).toBe(true);
  });

  test("agents offline: talk to a person runs the ticket path, highlights the handoff, traces user_request", async ({ page, request }) => {
    const { editor, preview } = await openPreview(page, request, "Preview offline");
    await preview.setAgents("support", "offline");
    await preview.talkToPerson();
    await expect(preview.lastFrom("bot")).toHaveText("Would you like us to email you, or call you back?");
    await preview.quickReply("Email me").click();
    await expect(preview.lastFrom("bot")).toHaveText("What email address can we reach you at?");
    await preview.send("lee@example.org");
    await expect(preview.lastFrom("bot")).toHaveText("Please describe your issue in a few words.");
    await preview.send("My parcel never arrived");
    await expect(preview.root.getByTestId("chat-reference")).toHaveText("T-1001");
    await expect(preview.message(/Your ticket T-1001 is open/)).toBeVisible();
    const trace = await preview.trace();
    await expect(trace.filter({ hasText: "trigger user_request at menu → support_handoff" })).toHaveCount(1);
    await expect(trace.filter({ hasText: "handoff h1 unavailable" })).toHaveCount(1);
    // a click on a trace line selects its node and centres it on the canvas, where the path is drawn
    await trace.filter({ hasText: "entered support_handoff" }).getByRole("button").click();
    await expect(page.locator('.react-flow__node.selected [data-testid="node-support_handoff"]')).toHaveCount(1);
    await expect(editor.node("support_handoff")).toHaveClass(/shadow-emerald-200/);
    await trace.filter({ hasText: "entered ticket" }).getByRole("button").click();
    await expect(editor.node("ticket")).toHaveClass(/shadow-emerald-200/);
    await trace.filter({ hasText: "entered menu" }).getByRole("button").click();
    await expect(editor.node("menu")).toHaveClass(/shadow-emerald-200/);
  });

  test("agents online: the tester plays the agent — accept, reply, hand back — and the bot continues on handed_back", async ({ page, request }) => {
    const { editor, preview } = await openPreview(page, request, "Preview agent");
    await preview.send("I want a refund");
    await expect(preview.lastFrom("system")).toContainText("I'll pass you to our billing team");
    await expect(preview.agent.getByTestId("context-card")).toContainText("explicit");
    await expect(preview.agent.getByTestId("context-card")).toContainText("billing");
    await expect(editor.node("refund_handoff")).toHaveClass(/ring-emerald-400/);
    await preview.accept("Sam");
    await expect(preview.lastFrom("system")).toHaveText("Sam from billing has joined the conversation.");
    await preview.agentReply("Which order is it?");
    await expect(preview.lastFrom("agent")).toContainText("Which order is it?");
    await preview.send("Order 555, it came late");
    await expect(preview.lastFrom("user")).toHaveText("Order 555, it came late");
    await preview.handBack("Refund of 20 EUR issued");
    await expect(preview.message("You're back with the Acme assistant. Note from our team: Refund of 20 EUR issued")).toBeVisible();
    await expect(preview.lastFrom("bot")).toHaveText("Is there anything else I can help with?");
    await expect(preview.agent).toBeHidden();
    const trace = await preview.trace();
    await expect(trace.filter({ hasText: "refund_handoff → handed_back → handed_back_msg" })).toHaveCount(1);
  });

  test("a failing webhook fires the error trigger", async ({ page, request }) => {
    const { preview } = await openPreview(page, request, "Preview webhook");
    await preview.setWebhook("lookup_order", "error");
    await preview.send("where is my order");
    await expect(preview.lastFrom("bot")).toContainText("What's your order number?");
    await preview.send("12345");
    await expect(preview.message("Sorry, something went wrong on our side. Let me find a person to help you.")).toBeVisible();
    const trace = await preview.trace();
    await expect(trace.filter({ hasText: "trigger error at lookup_order → error_sorry" })).toHaveCount(1);
  });

  test("save as test, break the flow, run the tests: the case fails with a readable difference; fixed, it passes", async ({ page, request }) => {
    const { flow, preview } = await openPreview(page, request, "Preview tests");
    await preview.send("what are your opening hours");
    await expect(preview.message("We're open Monday to Friday, 9:00 to 17:00 (UK time).")).toBeVisible();
    await preview.saveAsTest("Opening hours");
    const stored = await (await request.get(`/api/flows/${flow.id}/tests`)).json();
    expect(stored.tests[0].testCase).toMatchObject({ name: "Opening hours", steps: expect.arrayContaining([{ user: "what are your opening hours" }]) });

    // break it through the inspector: select the node from the trace, change its text
    const original = "We're open Monday to Friday, 9:00 to 17:00 (UK time).";
    const trace = await preview.trace();
    await trace.filter({ hasText: "entered hours_msg" }).getByRole("button").click();
    const text = page.getByRole("combobox", { name: "Text", exact: true });
    const before = await preview.bundleHash();
    await text.fill("We never close.");
    await expect.poll(() => preview.bundleHash()).not.toBe(before);
    await preview.runAllTests();
    const row = preview.testRow("Opening hours");
    await expect(row).toHaveAttribute("data-result", "fail");
    await expect(row.getByTestId("test-difference")).toContainText(`Expected: bot says "${original}"`);
    await expect(row.getByTestId("test-difference")).toContainText('Actual: "We never close."');
    // "Open" replays the failing case in the chat, on the broken draft
    await row.getByRole("button", { name: "Open", exact: true }).click();
    await expect(preview.tab("Chat")).toHaveAttribute("data-state", "active");
    await expect(preview.message("We never close.")).toBeVisible();
    await expect(preview.lastFrom("user")).toHaveText("what are your opening hours");

    const broken = await preview.bundleHash();
    await text.fill(original);
    await expect.poll(() => preview.bundleHash()).not.toBe(broken);
    await preview.runAllTests();
    await expect(row).toHaveAttribute("data-result", "pass");
    await expect(preview.root.getByTestId("tests-summary")).toHaveText("1 of 1 passed");
  });

  test("the tester page: chat, then a note to designers that the editor lists", async ({ page, request }) => {
    const flow = await createFlowViaApi(request, "Preview tester", acme);
    await page.goto(`/flows/${flow.id}/test`);
    const tester = new PreviewPanel(page, page.getByRole("main"));
    await expect(tester.lastFrom("bot")).toContainText("Hi! I'm the Acme assistant");
    await tester.quickReply("Opening hours").click();
    await expect(tester.message("We're open Monday to Friday, 9:00 to 17:00 (UK time).")).toBeVisible();
    await tester.root.getByRole("button", { name: "Send note to designers" }).click();
    const dialog = page.getByRole("dialog", { name: "Send note to designers" });
    await dialog.getByLabel("Note").fill("Opening hours should mention bank holidays");
    await dialog.getByLabel("Your name (optional)").fill("Kim");
    await dialog.getByRole("button", { name: "Send note" }).click();
    await expect(dialog).toBeHidden();

    const editor = new EditorPage(page);
    await editor.goto(flow.id);
    const preview = new PreviewPanel(page);
    // the panel remembers it was open (localStorage) only if it was opened here before; open it
    if (!(await preview.root.isVisible())) await preview.open();
    await preview.showTab(/Notes \(1\)/);
    const note = preview.root.getByTestId("tester-note");
    await expect(note).toContainText("Opening hours should mention bank holidays");
    await expect(note).toContainText("Kim");
    await note.getByText(/Conversation \(\d+ lines\)/).click();
    await expect(note).toContainText("user: Opening hours");
  });

  test("the panel toggles with Ctrl+Alt+P, resizes by dragging its edge and remembers both", async ({ page, request }) => {
    const flow = await createFlowViaApi(request, "Preview layout", acme);
    const editor = new EditorPage(page);
    await editor.goto(flow.id);
    const preview = new PreviewPanel(page);
    await expect(preview.root).toBeHidden();
    await page.keyboard.press("Control+Alt+KeyP");
    await expect(preview.root).toBeVisible();
    const handle = preview.root.getByTestId("preview-resize");
    const box = await handle.boundingBox();
    if (!box) throw new Error("no resize handle");
    const widthBefore = (await preview.root.boundingBox())?.width ?? 0;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x - 100, box.y + 200, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await preview.root.boundingBox())?.width ?? 0).toBeGreaterThan(widthBefore + 80);
    const widthAfter = (await preview.root.boundingBox())?.width ?? 0;
    await page.reload();
    await expect(preview.root).toBeVisible();
    await expect.poll(async () => Math.round((await preview.root.boundingBox())?.width ?? 0)).toBe(Math.round(widthAfter));
    await page.keyboard.press("Control+Alt+KeyP");
    await expect(preview.root).toBeHidden();
  });
});
