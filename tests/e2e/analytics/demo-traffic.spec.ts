import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { analyticsDashboard } from "@/db/queries/analytics/dashboard";
import { listFlows } from "@/db/queries/flows";
import { openDatabase } from "@/db/open";
import { resolveRange } from "@/lib/analytics/date-range";
import { env } from "@/lib/server/env";
import { runDemoTraffic } from "@/lib/tasks/demo-traffic";
import { prepareDatabase } from "@/lib/tasks/prepare-database";

const root = path.resolve(import.meta.dirname, "../../..");

// The first-start path of `npm start` against its own server and a fresh database (the shared e2e
// server never runs the start task, so no other spec sees simulated traffic).
test("a fresh start fills the demo flow's analytics once; the next start adds nothing", async () => {
  test.skip(env.BATON_DEMO_TRAFFIC === 0, "BATON_DEMO_TRAFFIC=0 turns the demo traffic off");
  test.setTimeout(240_000);
  const databasePath = path.join(os.tmpdir(), `baton-demo-traffic-${process.pid}-${Date.now()}.db`);
  const first = await prepareDatabase(databasePath);
  expect(first).toMatchObject({ seeded: true, demoUsersSeeded: true, demoTrafficQueued: true });

  const port = await freePort();
  const server = startServer(databasePath, port);
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    const summary = await runDemoTraffic({ databasePath, baseUrl, conversations: 16 });
    expect(summary).toMatchObject({ conversations: 16, failed: 0, agentSignedIn: true });
    const after = dashboard(databasePath);
    expect(after.kpis.conversations).toBe(16);
    expect(after.kpis.handoffs).toBeGreaterThan(0);
    expect(after.kpis.noMatches).toBeGreaterThan(0);
    expect(after.byTrigger.length).toBeGreaterThan(0);
    expect(after.byNode.some((node) => node.handoffs > 0)).toBe(true);
    expect(after.funnel.triggered).toBe(after.kpis.handoffs);

    // a restart: nothing is seeded or queued again, and the traffic does not run a second time
    const second = await prepareDatabase(databasePath);
    expect(second).toMatchObject({ seeded: false, demoTrafficQueued: false });
    expect(await runDemoTraffic({ databasePath, baseUrl, conversations: 16 })).toBeNull();
    expect(dashboard(databasePath)).toEqual(after);
  } finally {
    await stopServer(server);
  }
});

function dashboard(databasePath: string) {
  const db = openDatabase(databasePath);
  try {
    const [demo] = listFlows(db);
    if (!demo) throw new Error("the demo flow is missing");
    return analyticsDashboard(db, { flowId: demo.id, ...resolveRange("7d", Date.now()), version: null });
  } finally {
    db.$client.close();
  }
}

function startServer(databasePath: string, port: number): ChildProcess {
  return spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, DATABASE_PATH: databasePath, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
