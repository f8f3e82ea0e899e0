/**
 * `npm start`: build if there is no current build, create/migrate the database, seed the demo
 * content once, then serve Baton with `next start` on $PORT (default 3000).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../../db/open";
import { seedDemoContent } from "../../db/seed";
import { seedLiveDemo } from "../../db/queries/live/seed";
import { ensureAdmin, seedDemoUsers } from "../../db/seed-users";
import { buildFingerprint, fingerprintFile } from "./build-fingerprint";

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

const db = openDatabase(databasePath);
const { seeded } = seedDemoContent(db);
const admin = await ensureAdmin(db);
// Demo accounts make the first run explorable; BATON_DEMO_USERS=0 (or BATON_ADMIN_EMAIL) opts out,
// and then /setup creates the first admin. Settings warns while the demo accounts exist.
const demoUsers = process.env.BATON_DEMO_USERS === "0" ? { seeded: false } : await seedDemoUsers(db);
// Queues (support, billing) and the demo agent on them, so a handoff has somewhere to go.
if (seeded) seedLiveDemo(db);
db.$client.close();
console.log(`Baton: database ${databasePath} ready${seeded ? " (demo flow added)" : ""}`);
if (admin.created) console.log(`Baton: admin ${process.env.BATON_ADMIN_EMAIL} created`);
if (demoUsers.seeded) console.log("Baton: demo users admin@acme.test, designer@acme.test, agent@acme.test — password baton-demo");

const next = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", port, ...(process.env.HOST ? ["-H", process.env.HOST] : [])], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));
