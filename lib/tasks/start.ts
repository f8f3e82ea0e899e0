/**
 * `npm start`: build if there is no current build, create/migrate the database, seed the demo
 * content once, then serve Baton with `next start` on $PORT (default 3000). On the first start
 * the demo flow also gets simulated traffic (in the background, once the server listens).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { env } from "../server/env";
import { buildFingerprint, fingerprintFile } from "./build-fingerprint";
import { runDemoTraffic } from "./demo-traffic";
import { prepareDatabase } from "./prepare-database";

const root = process.cwd();
const distDir = path.resolve(root, process.env.NEXT_DIST_DIR ?? ".next");
const port = process.env.PORT ?? "3000";
const databasePath = process.env.DATABASE_PATH ?? "./data/baton.db";
process.env.NEXT_TELEMETRY_DISABLED = "1";

const fingerprint = buildFingerprint(root);
const stamp = fingerprintFile(distDir);
const current = fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === fingerprint;
if (!current) {
  console.log("Baton: building (no current build found)…");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  // `next build` may rewrite tsconfig.json, so fingerprint what the build actually saw.
  fs.writeFileSync(stamp, buildFingerprint(root));
}

const prepared = await prepareDatabase(databasePath);
console.log(`Baton: database ${databasePath} ready${prepared.seeded ? " (demo flow added)" : ""}`);
if (prepared.adminCreated) console.log(`Baton: admin ${process.env.BATON_ADMIN_EMAIL} created`);
if (prepared.demoUsersSeeded) console.log("Baton: demo users admin@acme.test, designer@acme.test, agent@acme.test — password baton-demo");

const next = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", port, ...(process.env.HOST ? ["-H", process.env.HOST] : [])], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));

// Realistic analytics for the demo flow, in the background once the server listens: only if the
// start that seeded this database queued it, and only once (runDemoTraffic takes the marker).
if (env.BATON_DEMO_TRAFFIC > 0) {
  const host = !process.env.HOST || ["0.0.0.0", "::"].includes(process.env.HOST) ? "127.0.0.1" : process.env.HOST;
  runDemoTraffic({ databasePath, baseUrl: `http://${host.includes(":") ? `[${host}]` : host}:${port}`, conversations: env.BATON_DEMO_TRAFFIC, perMinute: 50, log: (line) => console.log(line) }).catch(
    (error: unknown) => console.error(`Baton: demo traffic stopped: ${error instanceof Error ? error.message : String(error)}`),
  );
}
