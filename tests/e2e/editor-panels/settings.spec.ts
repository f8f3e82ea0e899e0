import { expect, test } from "@playwright/test";
import { PanelsPage } from "../pages/panels";
import { supportFlow } from "./panels-fixture";

test.use({ viewport: { width: 1600, height: 1000 } });

const unique = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 8)}`;

test("the condition builder writes JSONLogic, and bad JSON in the escape hatch is shown, not saved", async ({ page }) => {
  const panels = new PanelsPage(page);
  const flow = supportFlow(unique("Conditions"));
  const withCondition = {
    ...flow,
    nodes: [...flow.nodes, { id: "cond", kind: "condition", position: { x: 300, y: 300 }, config: { rule: { "==": [{ var: "plan" }, "pro"] }, label: "pro plan" } }],
  };
  const flowId = await panels.createFlow(withCondition);
  await panels.open(flowId);
  await panels.selectNode("cond");

  await panels.inspector.getByRole("button", { name: "Add condition" }).click();
  await panels.inspector.getByLabel("Condition 2 variable").fill("country");
  await panels.inspector.getByLabel("Condition 2 operator").selectOption({ label: "is one of" });
  await panels.inspector.getByLabel("Condition 2 values").fill("NL, BE");
  await panels.inspector.getByLabel("Match all or any").selectOption({ label: "any of" });

  const expected = { or: [{ "==": [{ var: "plan" }, "pro"] }, { in: [{ var: "country" }, ["NL", "BE"]] }] };
  await expect(panels.inspector.getByLabel("Condition JSON")).toHaveText(JSON.stringify(expected));
  await expect.poll(async () => (await panels.savedDocument(flowId)).nodes.find((node) => node.id === "cond")?.config.rule).toEqual(expected);

  await panels.inspector.getByRole("button", { name: "Edit JSON" }).click();
  const json = panels.inspector.getByLabel("JSONLogic");
  await json.fill('{"or": [');
  await expect(panels.inspector.getByRole("alert").filter({ hasText: "Not valid JSON" })).toBeVisible();
  await panels.inspector.getByLabel("Shown on the canvas").fill("pro or Benelux");
  await expect.poll(async () => (await panels.savedDocument(flowId)).nodes.find((node) => node.id === "cond")?.config.label).toBe("pro or Benelux");
  expect((await panels.savedDocument(flowId)).nodes.find((node) => node.id === "cond")?.config.rule).toEqual(expected);
});

test("flow settings: live-agent requests need a reason when off, and renaming a queue renames it everywhere", async ({ page }) => {
  const panels = new PanelsPage(page);
  const flowId = await panels.createFlow(supportFlow(unique("Settings")));
  await panels.open(flowId);
  await panels.tab("Flow settings").click();
  const settings = panels.sidebar.getByRole("region", { name: "Flow settings" });

  await settings.getByRole("switch", { name: "Users can ask for a person" }).click();
  await expect(settings.getByRole("alert").filter({ hasText: "Say why users cannot ask for a person" })).toBeVisible();
  await settings.getByLabel("Reason (required)").fill("Legal review pending");
  await expect(settings.getByRole("alert").filter({ hasText: "Say why" })).toHaveCount(0);

  const queue = settings.getByLabel("Queue support name");
  await queue.fill("help desk");
  await queue.press("Enter");
  await expect(settings.getByLabel("Queue help desk name")).toHaveValue("help desk");

  await expect
    .poll(async () => {
      const saved = await panels.savedDocument(flowId);
      return [saved.settings.liveAgent.enabled, saved.settings.liveAgent.disabledReason, saved.settings.queues, saved.nodes.find((node) => node.id === "human")?.config.queue];
    })
    .toEqual([false, "Legal review pending", ["help desk"], "help desk"]);

  await panels.tab("Inspector").click();
  await panels.selectNode("human");
  await expect(panels.inspector.getByLabel("Queue", { exact: true })).toHaveValue("help desk");
});
