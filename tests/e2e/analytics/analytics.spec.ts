import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import type { FlowDocumentInput } from "@/lib/flow";
import { createFlowViaApi, EditorPage, getFlowViaApi } from "../pages/editor-page";
import { PreviewPanel } from "../pages/preview-panel";
import { AnalyticsPage, chat, publish } from "./analytics-page";

const acme: FlowDocumentInput = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/flows/acme-support.json"), "utf8"));

test.describe("handoff analytics", () => {
  test("the heat badge sits on the node that caused most handoffs, with the right count", async ({ page, request }) => {
    const flow = await createFlowViaApi(request, "Analytics heat", acme);
    await publish(request, flow.id, flow.revision);
    // live conversations through the public chat API: 4 handoffs fire at menu, 2 at ask_order, 1 at refund_handoff
    for (let i = 0; i < 3; i++) await chat(request, flow.id, [{ action: "talk_to_person" }]);
    await chat(request, flow.id, ["can you order me a pizza", "order me a pizza please", "sing me a song"]);
    for (let i = 0; i < 2; i++) await chat(request, flow.id, ["where is my order", "can I talk to a human please"]);
    await chat(request, flow.id, ["I want a refund"]);

    const analytics = new AnalyticsPage(page);
    await analytics.goto(flow.id);
    await expect(page.getByTestId("kpi-conversations")).toContainText("7");
    await expect(analytics.heat("menu")).toHaveAttribute("data-handoffs", "4");
    await expect(analytics.heat("menu")).toContainText("4 handoffs");
    await expect(analytics.heat("ask_order")).toHaveAttribute("data-handoffs", "2");
    await expect(analytics.heat("refund_handoff")).toHaveAttribute("data-handoffs", "1");
    const counts = await page.locator("[data-testid^='heat-'][data-handoffs]").evaluateAll((badges) => badges.map((badge) => Number(badge.getAttribute("data-handoffs"))));
    expect(Math.max(...counts)).toBe(4);

    // a click on a node shows the transcripts of the conversations handed over there
    await page.locator('.react-flow__node[data-id="ask_order"]').click();
    const samples = page.getByTestId("node-samples");
    await expect(samples.getByRole("article")).toHaveCount(2);
    await expect(samples.getByRole("article").first()).toContainText("can I talk to a human please");

    // the overview lists the flow with its numbers and links here
    await page.goto("/analytics");
    const row = page.getByTestId("flows-overview").getByRole("row").filter({ hasText: "Analytics heat" }).first();
    await expect(row).toContainText("7");
    await expect(row.getByRole("link", { name: "Analytics heat" })).toHaveAttribute("href", `/flows/${flow.id}/analytics`);

    // every table exports as CSV
    const csv = await request.get(`/api/flows/${flow.id}/analytics?format=csv&table=nodes`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect((await csv.text()).split("\r\n")[1]).toMatch(/^menu,/);
  });

  test("a not-understood phrase added to an intent updates the draft, and the preview understands it", async ({ page, request }) => {
    const flow = await createFlowViaApi(request, "Analytics teach", acme);
    await publish(request, flow.id, flow.revision);
    await chat(request, flow.id, ["the courier never came"]);
    await chat(request, flow.id, ["The courier never came!"]);

    const analytics = new AnalyticsPage(page);
    await analytics.goto(flow.id);
    const group = analytics.notUnderstoodGroup("the courier never came");
    await expect(group).toContainText("2");
    await group.getByRole("button", { name: /Add .* to an intent/ }).click();
    const dialog = page.getByRole("dialog", { name: "Teach the bot these phrases" });
    await dialog.getByLabel("Intent", { exact: true }).selectOption("order_status");
    await dialog.getByRole("button", { name: /Add \d examples?/ }).click();
    await expect(dialog).toBeHidden();

    const saved = await getFlowViaApi(request, flow.id);
    expect(saved.revision).toBe(flow.revision + 1);
    const menu = saved.document.nodes.find((node) => node.id === "menu");
    const examples = menu?.kind === "intent" ? menu.config.intents.find((intent) => intent.name === "order_status")?.examples : [];
    expect(examples).toContain("the courier never came");

    const editor = new EditorPage(page);
    await editor.goto(flow.id);
    const preview = new PreviewPanel(page);
    await preview.open();
    await preview.send("the courier never came");
    const trace = await preview.trace();
    await expect(trace.filter({ hasText: /intent order_status/ })).toHaveCount(1);
  });
});
