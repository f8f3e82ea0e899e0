import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { EditorPage, createFlowViaApi } from "../pages/editor-page";
import { PreviewPanel } from "../pages/preview-panel";
import { publishViaApi } from "../pages/versions-panel";
import { acmeFlow } from "../versions/acme";

const root = path.resolve(import.meta.dirname, "../../..");
const run = promisify(execFile);
/** The scripted conversation every leg plays: no handoff, so no world is needed to agree. */
const SCRIPT = ["what are your opening hours", "goodbye"];
type Line = { from: string; text: string };
const spoken = (lines: Line[]) => lines.filter((line) => line.from === "user" || line.from === "bot").map((line) => `${line.from}: ${line.text}`);

interface RuntimeModule {
  createConversation(bundle: unknown, host: { now(): string; perform(): Promise<{ ok: boolean }> }): {
    start(): Promise<unknown>;
    send(text: string): Promise<unknown>;
    readonly transcript: Line[];
  };
}
function isRuntimeModule(value: unknown): value is RuntimeModule {
  return typeof value === "object" && value !== null && "createConversation" in value && typeof value.createConversation === "function";
}

/**
 * The golden test: the same script gives the same transcript in the exported CLI, in the bundled
 * runtime imported directly, through the live chat API and in the editor's preview.
 */
test("the same conversation reads the same in the CLI, the runtime, the live chat API and the preview", async ({ page }) => {
  const flow = await createFlowViaApi(page.request, "Acme golden", acmeFlow("Acme golden"));
  await publishViaApi(page.request, flow.id, flow.revision, "golden");
  const bundleText = await (await page.request.get(`/api/flows/${flow.id}/bundle?version=1`)).text();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-golden-"));
  fs.writeFileSync(path.join(dir, "bundle.json"), bundleText);

  // 1. the CLI, with the script as a test case without expectations
  fs.writeFileSync(path.join(dir, "script.json"), JSON.stringify({ name: "golden", steps: SCRIPT.map((user) => ({ user })) }));
  const cli = await run(process.execPath, [path.join(root, "public/runtime/baton.mjs"), "test", "bundle.json", "script.json", "--json"], { cwd: dir });
  const cliResult: { results: { transcript: Line[] }[] } = JSON.parse(cli.stdout);
  const golden = spoken(cliResult.results[0]?.transcript ?? []);
  expect(golden.length).toBeGreaterThanOrEqual(4);
  expect(golden).toContain("bot: We're open Monday to Friday, 9:00 to 17:00 (UK time).");

  // 2. the built runtime, imported as a developer would
  const runtime: unknown = await import(pathToFileURL(path.join(root, "public/runtime/baton-runtime.mjs")).href);
  if (!isRuntimeModule(runtime)) throw new Error("baton-runtime.mjs does not export createConversation");
  const conversation = runtime.createConversation(JSON.parse(bundleText), { now: () => "2026-01-05T10:00:00.000Z", perform: async () => ({ ok: true }) });
  await conversation.start();
  for (const text of SCRIPT) await conversation.send(text);
  expect(spoken(conversation.transcript)).toEqual(golden);

  // 3. the live chat API (what the embed talks to)
  const started = await page.request.post(`/api/chat/${flow.id}/conversations`, { data: {} });
  expect(started.status(), await started.text()).toBe(201);
  const chat: { conversationId: string; token: string; messages: Line[] } = await started.json();
  const live: Line[] = [...chat.messages];
  for (const text of SCRIPT) {
    const answer = await page.request.post(`/api/chat/conversations/${chat.conversationId}/messages`, { data: { text }, headers: { authorization: `Bearer ${chat.token}` } });
    expect(answer.ok(), await answer.text()).toBe(true);
    const body: { messages: Line[] } = await answer.json();
    live.push(...body.messages);
  }
  expect(spoken(live)).toEqual(golden);

  // 4. the editor's preview (runs the draft in the browser; the draft is what v1 froze)
  const editor = new EditorPage(page);
  const preview = new PreviewPanel(page);
  await editor.goto(flow.id);
  await preview.open();
  for (const [index, text] of SCRIPT.entries()) {
    await preview.send(text);
    await expect(preview.messages.filter({ hasText: text })).toHaveCount(1);
    if (index === SCRIPT.length - 1) break;
  }
  const expectedCount = golden.length;
  await expect(preview.messages.locator("xpath=self::*[@data-from='user' or @data-from='bot']")).toHaveCount(expectedCount);
  const shown = await preview.messages.evaluateAll((elements) =>
    elements.map((element) => ({ from: element.getAttribute("data-from") ?? "", text: element.querySelector("p")?.textContent ?? "" })),
  );
  expect(spoken(shown)).toEqual(golden);
});
