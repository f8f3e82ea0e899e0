import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { users } from "@/db/auth-schema";
import { agents, queues } from "@/db/live-schema";
import { openDatabase } from "@/db/open";
import { createFlow } from "@/db/queries/flows";
import { publishVersion } from "@/db/queries/versions";
import { seedLiveDemo } from "@/db/queries/live/seed";
import { DEMO_FLOW_FILE } from "@/db/seed";
import { flowDocumentSchema } from "@/lib/flow";
import { buildFingerprint, fingerprintFile } from "@/lib/tasks/build-fingerprint";
import { createClient } from "./http-client";

const root = process.cwd();
export const DIST_DIR = ".next-bench";

/**
 * Builds into .next-bench unless the build there is current (same fingerprint). Other benchmarks
 * share that folder, so when another build holds it, waits and looks again (bounded: 3 minutes).
 * Returns whether it built.
 */
export async function ensureBuild(): Promise<boolean> {
  const dist = path.join(root, DIST_DIR);
  const stamp = fingerprintFile(dist);
  const isCurrent = () => fs.existsSync(path.join(dist, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === buildFingerprint(root);
  const deadline = Date.now() + 180_000;
  for (let attempt = 0; Date.now() < deadline; attempt++) {
    if (isCurrent()) return attempt > 0;
    const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status === 0) {
      fs.writeFileSync(stamp, buildFingerprint(root));
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 10_000));
  }
  throw new Error("next build into .next-bench kept failing (or another build held it) for 3 minutes");
}

/**
 * A temp database with the demo flow (published), the demo queues (open all week, no capacity limit, a 5 s
 * wait timeout so the line stays realistic and timeouts fire during the run) and one agent
 * online, so asking for a person really enqueues. Returns the file and the flow id.
 */
export function prepareDatabase(): { file: string; flowId: string } {
  const file = path.join(os.tmpdir(), `baton-chat-bench-${process.pid}-${Date.now()}.db`);
  const db = openDatabase(file);
  const document = flowDocumentSchema.parse(JSON.parse(fs.readFileSync(DEMO_FLOW_FILE, "utf8")));
  const flow = createFlow(db, { name: "Bench", document });
  const flowId = flow.id;
  publishVersion(db, flowId, { revision: flow.revision, note: "bench", author: null });
  seedLiveDemo(db);
  db.update(queues).set({ capacity: 1_000_000, waitTimeoutSec: 5, hours: JSON.stringify(allWeek()) }).run();
  db.insert(users).values({ id: "bench-agent", name: "Bench Agent", email: "bench-agent@example.test", emailVerified: true }).run();
  db.insert(agents).values({ userId: "bench-agent", displayName: "Bench", presence: "online", lastSeenAt: new Date(), maxConcurrent: 5, queues: JSON.stringify(["support", "billing"]) }).run();
  db.$client.close();
  return { file, flowId };
}

function allWeek() {
  const all = [{ from: "00:00", to: "24:00" }];
  return { mon: all, tue: all, wed: all, thu: all, fri: all, sat: all, sun: all };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** `next start` on 127.0.0.1:port with the bench database; resolves once /api/health answers. */
export async function startServer(port: number, databasePath: string): Promise<{ child: ChildProcess; base: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: DIST_DIR, DATABASE_PATH: databasePath, BATON_CHAT_RATE_LIMIT: "0", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  // never leave the server behind, even when this process is interrupted
  const killChild = () => {
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  process.once("exit", killChild);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      killChild();
      process.exit(130);
    });
  }
  const base = `http://127.0.0.1:${port}`;
  const client = createClient(base, 1);
  const deadline = Date.now() + 60_000;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
      const reply = await client.request("GET", "/api/health", { timeoutMs: 2000 });
      if (reply.status === 200) break;
      if (Date.now() > deadline) throw new Error("next start did not answer /api/health within 60 s");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    client.close();
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
  return { child, base, stop };
}

/** Stored message seqs per conversation, read after the run. */
export function storedMessages(file: string): Map<string, Set<number>> {
  const db = openDatabase(file, { migrate: false });
  const rows = db.$client.prepare("select conversation_id as id, seq from messages").all();
  db.$client.close();
  const out = new Map<string, Set<number>>();
  for (const row of rows) {
    if (typeof row !== "object" || row === null || !("id" in row) || !("seq" in row)) continue;
    const id = String(row.id);
    const set = out.get(id) ?? new Set<number>();
    set.add(Number(row.seq));
    out.set(id, set);
  }
  return out;
}
