import { expect, test } from "@playwright/test";
import { SignInPage } from "../pages/sign-in-page";

// These specs sign in themselves: start anonymous even if the config sets a default storageState.
test.use({ storageState: { cookies: [], origins: [] } });

// The Content-Security-Policy must not break the app: hydration needs inline scripts and React
// Flow positions nodes with inline styles. Any violation the browser reports fails this test.
test("the flow editor renders and hydrates under the Content-Security-Policy", async ({ page, baseURL }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  await new SignInPage(page).ensureAdmin();
  const created = await page.request.post("/api/flows", { data: { name: "CSP check" }, headers: { origin: baseURL ?? "" } });
  expect(created.status()).toBe(201);
  const body: unknown = await created.json();
  const id = typeof body === "object" && body !== null && "flow" in body && typeof body.flow === "object" && body.flow !== null && "id" in body.flow ? String(body.flow.id) : "";
  expect(id).not.toBe("");

  await page.goto(`/flows/${id}`);
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  const transform = await page.locator(".react-flow__node").first().evaluate((node) => getComputedStyle(node).transform);
  expect(transform).not.toBe("none");
  expect(violations).toEqual([]);
});
