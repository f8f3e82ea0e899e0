/**
 * `npm test`: typecheck, lint, unit tests, a production build, then end-to-end tests in a real
 * Chromium. Stops at the first failing stage with its exit code.
 */
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./ensure-chromium";

process.env.NEXT_TELEMETRY_DISABLED = "1";
// Tests build into their own folder so they never disturb a build that `npm start` serves.
process.env.NEXT_DIST_DIR ??= ".next-test";

const stages: [string, string[]][] = [
  ["typecheck", ["run", "typecheck"]],
  ["lint", ["run", "lint"]],
  ["unit tests", ["run", "test:unit"]],
  ["production build", ["run", "build"]],
  ["end-to-end tests", ["run", "test:e2e"]],
];

const started = Date.now();
for (const [name, args] of stages) {
  if (name === "end-to-end tests") ensureChromium();
  console.log(`\n▶ ${name}`);
  const t0 = Date.now();
  const result = spawnSync("npm", args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? "signal"})`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
console.log(`\nAll stages passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
