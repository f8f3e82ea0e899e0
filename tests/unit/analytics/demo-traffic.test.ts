import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { takeDemoTraffic } from "@/db/queries/demo-traffic";
import { createFlow } from "@/db/queries/flows";
import { openDatabase } from "@/db/open";
import { flowDocumentSchema } from "@/lib/flow";
import { prepareDatabase } from "@/lib/tasks/prepare-database";

const tempFile = () => path.join(os.tmpdir(), `baton-demo-traffic-${process.pid}-${Math.random().toString(36).slice(2)}.db`);

function take(file: string): string | null {
  const db = openDatabase(file);
  try {
    return takeDemoTraffic(db);
  } finally {
    db.$client.close();
  }
}

// The traffic itself runs against a real server: tests/e2e/analytics/demo-traffic.spec.ts.
describe("demo traffic on first start", () => {
  it("is queued for the demo flow of a fresh database and taken once, however often Baton starts", async () => {
    const file = tempFile();
    expect(await prepareDatabase(file)).toMatchObject({ seeded: true, demoTrafficQueued: true });
    expect(take(file)).toEqual(expect.any(String));
    expect(take(file)).toBeNull();
    expect(await prepareDatabase(file)).toMatchObject({ seeded: false, demoTrafficQueued: false });
    expect(take(file)).toBeNull();
  });

  it("is never queued for a database that already had flows", async () => {
    const file = tempFile();
    const db = openDatabase(file);
    createFlow(db, { name: "Mine", document: flowDocumentSchema.parse({ schemaVersion: 1, name: "Mine", nodes: [], edges: [] }) });
    db.$client.close();
    expect(await prepareDatabase(file)).toMatchObject({ seeded: true, demoTrafficQueued: false });
    expect(take(file)).toBeNull();
  });
});
