import { expect, test, type Page } from "@playwright/test";
import { E2E_ADMIN, SignInPage } from "../pages/sign-in-page";

// One story, in order: the first admin, a designer they add, and what each may open.
test.describe.configure({ mode: "serial" });

// These specs sign in themselves: start anonymous even if the config sets a default storageState.
test.use({ storageState: { cookies: [], origins: [] } });

const designer = { name: "Dana Designer", email: `designer-${Date.now()}@e2e.test`, password: "designer-password-1" };

/** Fails the test on any Content-Security-Policy violation the page reports. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  return violations;
}

test("the first admin is created once through setup, which then disappears", async ({ page }) => {
  const violations = watchCsp(page);
  await new SignInPage(page).ensureAdmin();
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await expect(page.getByRole("row", { name: E2E_ADMIN.email })).toBeVisible();
  const again = await page.goto("/setup");
  expect(again?.status()).toBe(404);
  expect(violations).toEqual([]);
});

test("a wrong password shows a clear error and no session", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(E2E_ADMIN.email, "not-the-password");
  await expect(signIn.error()).toContainText("don’t match");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an anonymous visitor is sent to sign in, then back to where they were going", async ({ page }) => {
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings$/);
  await new SignInPage(page).signIn(E2E_ADMIN.email, E2E_ADMIN.password);
  await page.waitForURL("**/settings");
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
});

test("an admin adds a designer, who cannot open Settings and can sign out", async ({ page, browser }) => {
  await new SignInPage(page).ensureAdmin();
  await page.getByRole("button", { name: "Add user" }).click();
  const dialog = page.getByRole("dialog", { name: "Add user" });
  await dialog.getByLabel("Name").fill(designer.name);
  await dialog.getByLabel("Email").fill(designer.email);
  await dialog.getByLabel("Role").selectOption("designer");
  await dialog.getByLabel("First password").fill(designer.password);
  await dialog.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("row", { name: designer.email })).toBeVisible();
  await expect(page.getByRole("combobox", { name: `Role of ${designer.email}` })).toHaveValue("designer");

  await page.getByRole("tab", { name: "Audit log" }).click();
  await expect(page.getByRole("table", { name: "Audit log" })).toContainText(designer.email);

  // The designer, in a browser of their own.
  const context = await browser.newContext();
  const designerPage = await context.newPage();
  const signIn = new SignInPage(designerPage);
  await signIn.goto("/settings");
  await signIn.signIn(designer.email, designer.password);
  await expect(designerPage.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();
  await expect(designerPage.getByText("It needs the Admin role")).toBeVisible();
  const api = await designerPage.request.get("/api/admin/users");
  expect(api.status()).toBe(403);

  await designerPage.goto("/account");
  await expect(designerPage.getByText("Designer — Flows, preview, publish and analytics")).toBeVisible();
  await designerPage.getByRole("button", { name: "Sign out" }).click();
  await designerPage.waitForURL("**/sign-in");
  await designerPage.goto("/account");
  await expect(designerPage).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  await context.close();
});

test("an admin creates an API key that is shown once", async ({ page }) => {
  await new SignInPage(page).ensureAdmin();
  await page.getByRole("tab", { name: "API keys" }).click();
  await page.getByRole("button", { name: "Create API key" }).first().click();
  await page.getByLabel("Name").fill("E2E exporter");
  await page.getByRole("button", { name: "Create key" }).click();
  const key = await page.getByRole("textbox", { name: "New API key" }).inputValue();
  expect(key).toMatch(/^baton_/);
  await page.getByRole("button", { name: "I stored it" }).click();
  const row = page.getByRole("listitem", { name: "E2E exporter" });
  await expect(row).toContainText(key.slice(0, 12));
  await expect(page.getByText(key)).toHaveCount(0);
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("Revoked");
});

test("pages carry the security headers", async ({ request }) => {
  const response = await request.get("/sign-in");
  const csp = response.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
});
