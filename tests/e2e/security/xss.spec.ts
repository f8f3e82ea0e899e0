import { expect, test, type Page } from "@playwright/test";
import { createFlowViaApi, EditorPage } from "../pages/editor-page";
import { FlowsPage } from "../pages/flows-page";
import { PreviewPanel } from "../pages/preview-panel";
import { acmeOnQueue, payloadFlow } from "./payload-flows";
import { LITERAL_IN_BOT_TEXT, XSS_PAYLOADS } from "./xss-corpus";
import { XssGuard } from "./xss-guard";

// Every payload goes where people type: flow names, node text and quick replies, question prompts,
// tester notes, the preview chat (user and agent). Each must show as the text it is, run nothing.

test("flow names, message text, quick replies and prompts show literally on the list, the canvas and the inspector", async ({ page, request }) => {
  const guard = new XssGuard(page);
  const name = `XSS ${XSS_PAYLOADS[1]} ${Date.now()}`;
  const flow = await createFlowViaApi(request, name, payloadFlow(name));

  const flows = new FlowsPage(page);
  await flows.goto();
  await expect(flows.row(name)).toHaveCount(1);
  await guard.expectClean("the flows list");

  const editor = new EditorPage(page);
  await editor.goto(flow.id);
  // the flow opens on its start (too big to read whole here): show it all, so every node can be clicked
  await page.getByRole("button", { name: "Fit View" }).click();
  for (const [index, payload] of XSS_PAYLOADS.entries()) {
    await expect(editor.node(`m${index}`), `message m${index} on the canvas`).toContainText(payload);
  }
  await expect(editor.node("ask")).toContainText(XSS_PAYLOADS[2]);
  await guard.expectClean("the canvas");

  for (const [index, payload] of XSS_PAYLOADS.entries()) {
    await editor.selectNode(editor.node(`m${index}`));
    await expect.poll(() => hasFieldWithValue(page, payload), { message: `the inspector of m${index} holds the payload` }).toBe(true);
    await guard.expectClean(`the inspector of m${index}`);
  }
});

test("the preview chat shows payload bot messages and quick replies as text, and a picked one as the user's message", async ({ page, request }) => {
  const guard = new XssGuard(page);
  const name = `XSS preview ${Date.now()}`;
  const flow = await createFlowViaApi(request, name, payloadFlow(name));
  const editor = new EditorPage(page);
  await editor.goto(flow.id);
  const preview = new PreviewPanel(page);
  await preview.open();
  for (const payload of LITERAL_IN_BOT_TEXT) {
    await expect(preview.root.locator('[data-testid="chat-message"][data-from="bot"]').filter({ hasText: payload }).first(), `bot says ${payload}`).toBeVisible();
  }
  await expect(preview.lastFrom("bot")).toHaveText(XSS_PAYLOADS[2]);
  await expect(preview.quickReply(XSS_PAYLOADS[0])).toBeVisible();
  await guard.expectClean("bot messages in the preview");
  await preview.quickReply(XSS_PAYLOADS[0]).click();
  await expect(preview.lastFrom("user")).toHaveText(XSS_PAYLOADS[0]);
  await guard.expectClean("a payload quick reply picked in the preview");
});

test("the tester playing the agent in the preview: user messages, agent replies, agent name and hand-back note stay text", async ({ page, request }) => {
  const guard = new XssGuard(page);
  const acme = await createFlowViaApi(request, `XSS agent ${Date.now()}`, acmeOnQueue("support"));
  const editor = new EditorPage(page);
  await editor.goto(acme.id);
  const preview = new PreviewPanel(page);
  await preview.open();
  await preview.send("I want a refund");
  await expect(preview.agent).toBeVisible();
  await preview.accept(XSS_PAYLOADS[1]);
  await expect(preview.lastFrom("system")).toContainText(XSS_PAYLOADS[1]);
  for (const payload of XSS_PAYLOADS) {
    await preview.agentReply(payload);
    await expect(preview.lastFrom("agent")).toContainText(payload);
    await preview.send(payload);
    await expect(preview.lastFrom("user")).toHaveText(payload);
    await guard.expectClean(`trading "${payload}" in the preview`);
  }
  await preview.handBack(XSS_PAYLOADS[3]);
  await expect(preview.message(`Note from our team: ${XSS_PAYLOADS[3]}`)).toBeVisible();
  await guard.expectClean("a payload hand-back note");
});

test("tester notes with payload text, author and transcript show literally in the editor", async ({ page, request }) => {
  const guard = new XssGuard(page);
  const flow = await createFlowViaApi(request, `XSS notes ${Date.now()}`, payloadFlow("XSS notes"));
  for (const payload of XSS_PAYLOADS) {
    const response = await request.post(`/api/flows/${flow.id}/notes`, { data: { text: payload, author: payload.slice(0, 100), transcript: [{ from: "user", text: payload }] } });
    expect(response.status(), await response.text()).toBe(201);
  }
  const editor = new EditorPage(page);
  await editor.goto(flow.id);
  const preview = new PreviewPanel(page);
  await preview.open();
  await preview.root.getByRole("tab", { name: /^Notes/ }).click();
  const notes = preview.root.getByTestId("tester-note");
  await expect(notes).toHaveCount(XSS_PAYLOADS.length);
  for (const payload of XSS_PAYLOADS) {
    const note = notes.filter({ has: page.locator("p", { hasText: payload }) }).first();
    await expect(note).toBeVisible();
    await note.locator("summary").click();
    await expect(note.locator("ol li").filter({ hasText: payload })).toHaveCount(1);
  }
  await guard.expectClean("the tester notes");
});

/** Whether some input or textarea on the page holds exactly `value` (how the inspector shows text). */
function hasFieldWithValue(page: Page, value: string): Promise<boolean> {
  return page.evaluate((wanted) => [...document.querySelectorAll("input, textarea")].some((field) => (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) && field.value === wanted), value);
}
