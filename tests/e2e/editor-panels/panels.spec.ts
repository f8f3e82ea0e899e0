import { expect, test } from "@playwright/test";
import { PanelsPage } from "../pages/panels";
import { supportFlow } from "./panels-fixture";

// room for the sidebar and a readable canvas: nodes off screen are not rendered
test.use({ viewport: { width: 1600, height: 1000 } });

const unique = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 8)}`;

test("editing a message in the inspector updates the canvas and survives a reload", async ({ page }) => {
  const panels = new PanelsPage(page);
  const flowId = await panels.createFlow(supportFlow(unique("Inspector")));
  await panels.open(flowId);
  await panels.selectNode("greet");

  const text = panels.inspector.getByRole("combobox", { name: "Text" });
  await expect(text).toHaveValue("Hello there");
  await text.fill("");
  await text.pressSequentially("Welcome back, {{pl");
  // typing {{ offers the flow's variables; Enter inserts the highlighted one
  await expect(panels.inspector.getByRole("listbox", { name: "Variables" }).getByRole("option", { name: /plan/ })).toBeVisible();
  await text.press("Enter");
  await expect(text).toHaveValue("Welcome back, {{plan}}");
  await text.pressSequentially("!");

  await expect(panels.node("greet")).toContainText("Welcome back, {{plan}}!");
  await expect.poll(async () => (await panels.savedDocument(flowId)).nodes.find((node) => node.id === "greet")?.config.text).toBe("Welcome back, {{plan}}!");

  await page.reload();
  await expect(panels.node("greet")).toContainText("Welcome back, {{plan}}!");
  await panels.selectNode("greet");
  await expect(panels.inspector.getByRole("combobox", { name: "Text" })).toHaveValue("Welcome back, {{plan}}!");
});

test("an invalid field shows its error inline and is not saved", async ({ page }) => {
  const panels = new PanelsPage(page);
  const flowId = await panels.createFlow(supportFlow(unique("Invalid")));
  await panels.open(flowId);
  await panels.selectNode("greet");

  const text = panels.inspector.getByRole("combobox", { name: "Text" });
  await text.fill("");
  await expect(panels.inspector.getByRole("alert").filter({ hasText: "A message needs text" })).toBeVisible();
  await expect(text).toHaveAttribute("aria-invalid", "true");
  await expect(panels.node("greet")).toContainText("Hello there");

  // a valid edit elsewhere is saved; the invalid text never is
  await panels.inspector.getByLabel("Note").fill("checked by QA");
  await expect.poll(async () => (await panels.savedDocument(flowId)).nodes.find((node) => node.id === "greet")?.note).toBe("checked by QA");
  const saved = await panels.savedDocument(flowId);
  expect(saved.nodes.find((node) => node.id === "greet")?.config.text).toBe("Hello there");

  // the invalid text is still in the field to fix, and fixing it saves
  await expect(text).toHaveValue("");
  await text.fill("Hi!");
  await expect(panels.inspector.getByRole("alert").filter({ hasText: "A message needs text" })).toHaveCount(0);
  await expect(panels.node("greet")).toContainText("Hi!");
});

test("'Try a sentence' shows the intent a sentence matches, and live-agent requests", async ({ page }) => {
  const panels = new PanelsPage(page);
  const flowId = await panels.createFlow(supportFlow(unique("Intents")));
  await panels.open(flowId);
  await panels.selectNode("route");

  const sentence = panels.inspector.getByLabel("Try a sentence");
  const result = panels.inspector.getByTestId("try-result");
  await sentence.fill("where is my order please");
  await expect(result).toContainText(/order_status\s*score \d\.\d\d/);
  await expect(result.getByRole("list", { name: "Top intents" }).getByRole("listitem")).toHaveCount(2);

  await sentence.fill("can I talk to a human please");
  await expect(result).toContainText("Talk to a person — user_request");
});

test("the problems panel finds a handoff without an unavailable path, and connecting it clears the problem", async ({ page }) => {
  const panels = new PanelsPage(page);
  const flowId = await panels.createFlow(supportFlow(unique("Problems")));
  await panels.open(flowId);

  await panels.tab(/Problems/).click();
  const row = panels.problem("handoff_without_unavailable", "human");
  await expect(row).toBeVisible();
  await expect(row).toContainText("Handoff");

  await row.click();
  await expect(panels.tab("Inspector")).toHaveAttribute("aria-selected", "true");
  await expect(panels.inspector.getByText("human", { exact: true })).toBeVisible();
  await expect(panels.inspector.getByTestId("protocol-port-unavailable")).toContainText("not connected");

  await panels.connect("human", "unavailable", "ticket");
  await expect(panels.inspector.getByTestId("protocol-port-unavailable")).toContainText("Ticket “ticket”");

  await panels.tab(/Problems/).click();
  await expect(panels.sidebar.getByTestId("problem-row").first()).toBeVisible();
  await expect(row).toHaveCount(0);
  await expect.poll(async () => (await panels.savedDocument(flowId)).edges.some((edge) => edge.source === "human" && edge.sourcePort === "unavailable" && edge.target === "ticket")).toBe(true);
});
