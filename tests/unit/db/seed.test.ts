import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/open";
import { deleteFlow, listFlows } from "@/db/queries/flows";
import { DEMO_FLOW_FILE, seedDemoContent } from "@/db/seed";

const tempFile = () => path.join(os.tmpdir(), `baton-seed-${process.pid}-${Math.random().toString(36).slice(2)}.db`);

describe("demo seed", () => {
  it.skipIf(!fs.existsSync(DEMO_FLOW_FILE))("adds the Acme demo flow once, however often Baton starts", () => {
    const file = tempFile();
    for (let start = 0; start < 3; start++) {
      const db = openDatabase(file);
      expect(seedDemoContent(db).seeded).toBe(start === 0);
      db.$client.close();
    }
    const db = openDatabase(file);
    expect(listFlows(db).map((flow) => flow.name)).toEqual(["Acme support"]);
  });

  it.skipIf(!fs.existsSync(DEMO_FLOW_FILE))("does not bring the demo back after the designer deleted it", () => {
    const db = openDatabase(tempFile());
    seedDemoContent(db);
    const [demo] = listFlows(db);
    if (!demo) throw new Error("demo flow missing");
    deleteFlow(db, demo.id);
    seedDemoContent(db);
    expect(listFlows(db)).toEqual([]);
  });
});
