import os from "node:os";
import path from "node:path";
import { request, type FullConfig } from "@playwright/test";
import { E2E_ADMIN } from "../pages/sign-in-page";

/** A designer every signed-in e2e spec can use (created by the admin in global setup). */
export const E2E_DESIGNER = { name: "E2E Designer", email: "designer@e2e.test", password: "e2e-designer-password", role: "designer" };

/**
 * Where the signed-in browser states are saved. Functions, not constants: the config sets
 * BATON_E2E_PORT after its imports ran, and every process (main and workers) must agree.
 */
export const adminStatePath = () => path.join(os.tmpdir(), `baton-e2e-${process.env.BATON_E2E_PORT ?? "0"}-admin.json`);
export const designerStatePath = () => path.join(os.tmpdir(), `baton-e2e-${process.env.BATON_E2E_PORT ?? "0"}-designer.json`);

/**
 * Runs once after the web server is up: creates the first admin through /setup (or finds it
 * there already), adds the e2e designer, and saves a signed-in storage state for each.
 */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error("global setup needs use.baseURL");
  // Our pages send Origin on every mutation; the CSRF check expects it.
  const admin = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const setup = await admin.post("/api/auth/setup", { data: E2E_ADMIN });
  if (setup.status() !== 201 && setup.status() !== 404) throw new Error(`setup failed: ${setup.status()} ${await setup.text()}`);
  await signIn(admin, E2E_ADMIN.email, E2E_ADMIN.password);
  const created = await admin.post("/api/admin/users", { data: E2E_DESIGNER });
  if (created.status() !== 201 && created.status() !== 409) throw new Error(`creating the designer failed: ${created.status()} ${await created.text()}`);
  await admin.storageState({ path: adminStatePath() });
  await admin.dispose();

  const designer = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  await signIn(designer, E2E_DESIGNER.email, E2E_DESIGNER.password);
  await designer.storageState({ path: designerStatePath() });
  await designer.dispose();
}

async function signIn(context: Awaited<ReturnType<typeof request.newContext>>, email: string, password: string): Promise<void> {
  const response = await context.post("/api/auth/sign-in/email", { data: { email, password } });
  if (!response.ok()) throw new Error(`signing in ${email} failed: ${response.status()} ${await response.text()}`);
}
