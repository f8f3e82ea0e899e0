import { expect, test } from "@playwright/test";
import { adminStatePath } from "../auth/global-setup";

test.use({ storageState: adminStatePath() });

test("queues: inline errors, then a saved queue with hours, time zone and a holiday", async ({ page }) => {
  const name = `weekend-${Date.now() % 100_000}`;
  await page.goto("/settings");
  await page.getByRole("tab", { name: "Queues" }).click();
  await page.getByRole("button", { name: "Add queue" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Add queue" });
  await dialog.getByLabel("Capacity").fill("0");
  await dialog.getByRole("button", { name: "Add queue" }).click();
  await expect(dialog.getByText("Give the queue a name")).toBeVisible();
  await expect(dialog.getByText("A whole number from 1 to 100000.")).toBeVisible();

  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Capacity").fill("5");
  await dialog.getByLabel("Time zone").selectOption("Europe/London");
  await dialog.getByLabel("Open on Saturday").check();
  await dialog.getByLabel("Saturday opens at").fill("10:00");
  await dialog.getByLabel("Saturday closes at").fill("09:00");
  await dialog.getByRole("button", { name: "Add queue" }).click();
  await expect(dialog.getByText("Closes before it opens.")).toBeVisible();
  await dialog.getByLabel("Saturday closes at").fill("14:00");
  await expect(dialog.getByText("Closes before it opens.")).toBeHidden();
  await dialog.getByLabel("Holiday date").fill("2026-12-25");
  await dialog.getByRole("button", { name: "Add date" }).click();
  await dialog.getByRole("button", { name: "Add queue" }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole("row", { name });
  await expect(row).toContainText("Mon–Fri 09:00–17:00; Sat 10:00–14:00");
  await expect(row).toContainText("Europe/London · 1 holiday");
  await expect(row).toContainText("capacity 5");
});

test("webhooks: URL checked inline, secret generated, saved with its events, delivery log opens", async ({ page }) => {
  await page.goto("/settings");
  await page.getByRole("tab", { name: "Webhooks" }).click();
  await page.getByRole("button", { name: "Add webhook" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Add webhook" });
  await expect(dialog.getByLabel("Secret")).toHaveValue(/^[0-9a-f]{64}$/);
  await dialog.getByLabel("URL").fill("not a url");
  await dialog.getByRole("button", { name: "Add webhook" }).click();
  await expect(dialog.getByText("Use a full http:// or https:// URL.")).toBeVisible();
  const url = `https://crm.example.com/baton-${Date.now() % 100_000}`;
  await dialog.getByLabel("URL").fill(url);
  await dialog.getByRole("checkbox", { name: /ticket\.created/ }).check();
  await dialog.getByRole("button", { name: "Add webhook" }).click();
  await expect(dialog).toBeHidden();
  const item = page.getByRole("listitem", { name: url });
  await expect(item).toContainText("handoff.requested, ticket.created");
  await item.getByRole("button", { name: "Deliveries" }).click();
  await expect(page.getByRole("dialog", { name: "Delivery log" })).toBeVisible();
});

test("agents: an agent user becomes an agent with queues and a chat limit", async ({ page }) => {
  const email = `agent-${Date.now() % 100_000}@e2e.test`;
  const created = await page.request.post("/api/admin/users", { data: { name: "Robin Settings", email, password: "e2e-agent-password", role: "agent" } });
  expect(created.ok(), await created.text()).toBe(true);
  await page.goto("/settings");
  await page.getByRole("tab", { name: "Agents" }).click();
  await page.getByRole("button", { name: "Add agent" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Add agent" });
  await dialog.getByRole("button", { name: "Add agent" }).click();
  await expect(dialog.getByText("Pick the user who answers chats.")).toBeVisible();
  await dialog.getByLabel("User").selectOption({ label: `Robin Settings (${email})` });
  await expect(dialog.getByLabel("Display name")).toHaveValue("Robin Settings");
  await dialog.getByLabel("Display name").fill("Robin");
  await dialog.getByLabel("Max concurrent chats").fill("2");
  await dialog.getByRole("button", { name: "Add agent" }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole("row", { name: "Robin" });
  await expect(row).toContainText(email);
  await expect(row).toContainText("0 / 2");
  await expect(row).toContainText("offline");
});
