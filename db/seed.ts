import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { flowDocumentSchema } from "@/lib/flow";
import type { Db } from "./open";
import { createFlow } from "./queries/flows";
import { publishVersion } from "./queries/versions";
import { appMeta } from "./schema";

export const DEMO_FLOW_FILE = path.resolve(process.cwd(), "tests/fixtures/flows/acme-support.json");

/**
 * Adds the demo content to a database that has never been seeded. The `seeded_at` marker (not
 * "no flows yet") decides, so a designer who deletes the demo flow does not get it back on restart.
 * Returns whether it seeded and the demo flow's id (null when there is no demo file).
 */
export function seedDemoContent(db: Db, demoFile = DEMO_FLOW_FILE): { seeded: boolean; flowId: string | null } {
  return db.transaction((tx) => {
    if (tx.select().from(appMeta).where(eq(appMeta.key, "seeded_at")).get()) return { seeded: false, flowId: null };
    let flowId: string | null = null;
    if (fs.existsSync(demoFile)) {
      const document = flowDocumentSchema.parse(JSON.parse(fs.readFileSync(demoFile, "utf8")));
      const flow = createFlow(tx, { name: document.name, document });
      // Published, so /chat/<id> and the embed work on first start (live chat runs published versions).
      publishVersion(tx, flow.id, { revision: flow.revision, note: "Demo flow", author: null });
      flowId = flow.id;
    }
    tx.insert(appMeta).values({ key: "seeded_at", value: new Date().toISOString() }).run();
    return { seeded: true, flowId };
  });
}
