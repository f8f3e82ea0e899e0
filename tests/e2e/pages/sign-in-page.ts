import { expect, type Page } from "@playwright/test";

/** The admin the e2e specs use; created through /setup on a fresh database. */
export const E2E_ADMIN = { name: "E2E Admin", email: "admin@e2e.test", password: "e2e-admin-password" };

/** /sign-in and /setup, driven the way a person uses them. */
export class SignInPage {
  constructor(readonly page: Page) {}

  async goto(next?: string) {
    await this.page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
    await expect(this.page.getByRole("heading", { name: "Sign in to Baton" })).toBeVisible();
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  error() {
    return this.page.locator("form").getByRole("alert");
  }

  /**
   * Makes sure the e2e admin exists and this page is signed in as them: creates the first admin
   * through /setup on a brand-new database, or signs in when setup is already done. Idempotent.
   */
  async ensureAdmin() {
    const response = await this.page.goto("/setup");
    if (response?.status() === 200 && (await this.page.getByRole("heading", { name: "Welcome to Baton" }).isVisible())) {
      await this.page.getByLabel("Your name").fill(E2E_ADMIN.name);
      await this.page.getByLabel("Email").fill(E2E_ADMIN.email);
      await this.page.getByLabel("Password").fill(E2E_ADMIN.password);
      await this.page.getByRole("button", { name: "Create admin account" }).click();
      // Another worker may have won the race to set up: then this form says so, and we sign in.
      const refused = this.page.locator("form").getByRole("alert");
      await expect(this.page.getByRole("heading", { name: "Settings", level: 1 }).or(refused)).toBeVisible();
      if (!(await refused.isVisible())) return;
    }
    // The winner may still be hashing the admin's password: retry until the account exists.
    await expect(async () => {
      await this.goto("/settings");
      await this.signIn(E2E_ADMIN.email, E2E_ADMIN.password);
      await this.page.waitForURL("**/settings", { timeout: 3_000 });
    }).toPass({ timeout: 20_000 });
  }
}
