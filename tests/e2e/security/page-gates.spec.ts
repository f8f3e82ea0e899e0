import { expect, test } from "@playwright/test";
import { apiContext, visitorContext } from "../desk/live-setup";
import { createFlowViaApi } from "../pages/editor-page";
import { agentContextFor, type AgentAccount } from "./live-agent";

// The pages check roles on the server too (components/auth/role-gate.tsx), not just the APIs.
const AGENT: AgentAccount = { name: "Gate Agent", email: "gate-agent@e2e.test", password: "gate-agent-password", displayName: "Gate" };

test("anonymous visitors of designer pages are sent to sign in, and back to the page afterwards", async ({ browser, request }) => {
  const flow = await createFlowViaApi(request, `Gated ${Date.now()}`);
  const visitor = await visitorContext(browser);
  const page = await visitor.newPage();
  for (const path of ["/", `/flows/${flow.id}`, `/flows/${flow.id}/test`]) {
    await page.goto(path);
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && url.searchParams.get("next") === path);
  }
  // nothing of the flow leaked into the sign-in page
  await expect(page.getByText(flow.name)).toHaveCount(0);
  await visitor.close();
});

test("an agent gets the 403 page on designer pages, and lands on the desk from /", async ({ browser, playwright, request }) => {
  const flow = await createFlowViaApi(request, `Not for agents ${Date.now()}`);
  const admin = await apiContext(playwright, "admin");
  const created = await admin.post("/api/admin/users", { data: { name: AGENT.name, email: AGENT.email, password: AGENT.password, role: "agent" } });
  expect([201, 409], await created.text()).toContain(created.status());
  await admin.dispose();

  const agent = await agentContextFor(browser, AGENT);
  const page = await agent.newPage();
  for (const path of [`/flows/${flow.id}`, `/flows/${flow.id}/test`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();
    await expect(page.getByText(flow.name)).toHaveCount(0);
    await expect(page.getByTestId("flow-canvas")).toHaveCount(0);
  }
  await page.goto("/");
  await expect(page).toHaveURL((url) => url.pathname === "/desk");
  // and the flows API says the same
  expect((await agent.request.get(`/api/flows/${flow.id}`)).status()).toBe(403);
  await agent.close();
});

test("a designer opens the flows list, the editor and the tester page", async ({ page, request }) => {
  const flow = await createFlowViaApi(request, `Designer pages ${Date.now()}`);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Flows", level: 1 })).toBeVisible();
  await page.goto(`/flows/${flow.id}`);
  await expect(page.getByTestId("flow-canvas")).toBeVisible();
  await page.goto(`/flows/${flow.id}/test`);
  await expect(page.getByRole("heading", { name: `Test “${flow.name}”`, level: 1 })).toBeVisible();
});
