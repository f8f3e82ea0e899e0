import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { designerStatePath } from "./auth/global-setup";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium-path";

const root = path.resolve(import.meta.dirname, "../..");
// Set once in the main process; workers inherit it, so every worker talks to the same server.
process.env.BATON_E2E_DB ??= path.join(os.tmpdir(), `baton-e2e-${process.pid}-${Date.now()}.db`);
process.env.BATON_E2E_PORT ??= String(3200 + (process.pid % 500));
const port = Number(process.env.BATON_E2E_PORT);
const executablePath = chromiumPath();

export default defineConfig({
  testDir: root + "/tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  // Per run, so parallel runs never share traces and screenshots.
  // Creates the first admin and a designer on the fresh database; specs run signed in as the designer.
  globalSetup: path.join(root, "tests/e2e/auth/global-setup.ts"),
  outputDir: path.join(os.tmpdir(), `baton-playwright-${process.pid}`),
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    headless: true,
    trace: "retain-on-failure",
    storageState: designerStatePath(),
    // page.request sends no Origin by itself; our CSRF check wants one on every mutation.
    extraHTTPHeaders: { origin: `http://127.0.0.1:${port}` },
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  // `next start`, not the start task: no demo seed and no simulated demo traffic, so specs that
  // assert exact analytics numbers see only their own conversations.
  webServer: {
    // Idle sockets outlive the test client's (Node's 5 s default on both sides raced: a request
    // sent on a socket the server was closing failed with ECONNRESET)
    command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${port} --keepAliveTimeout 65000`,
    cwd: root,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_PATH: process.env.BATON_E2E_DB,
      NEXT_TELEMETRY_DISABLED: "1",
      ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
    },
  },
});
