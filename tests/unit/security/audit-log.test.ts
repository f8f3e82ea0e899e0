import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as createFlowRoute } from "@/app/api/flows/route";
import { POST as publishRoute } from "@/app/api/flows/[id]/publish/route";
import { POST as createQueueRoute } from "@/app/api/settings/queues/route";
import { getDb } from "@/db/client";
import { listAuditEntries } from "@/db/queries/audit";
import { officeHours } from "@/lib/handoff/queue-config";
import { call } from "../helpers/api";
import { browserHeaders, signInEveryRole, type RoleCookies } from "./signed-in-users";

let cookies: RoleCookies;
beforeAll(async () => {
  cookies = await signInEveryRole("audit");
});

const demo = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../../fixtures/flows/acme-support.json"), "utf8"));

describe("audit log", () => {
  it("records who published which flow version", async () => {
    const created = await call(createFlowRoute, { body: { name: "Audited", document: demo }, headers: browserHeaders(cookies.designer) });
    const flow = created.body.flow;
    if (!flow) throw new Error("flow not created");
    const published = await call(publishRoute, { params: { id: flow.id }, body: { revision: flow.revision, note: "first" }, headers: browserHeaders(cookies.designer) });
    expect(published.status).toBe(201);
    const entry = listAuditEntries(getDb()).find((item) => item.action === "flow.published");
    expect(entry).toMatchObject({ actorEmail: "audit-designer@example.test", target: flow.id, details: { version: 1 } });
  });

  it("records settings changes by admins", async () => {
    const body = { name: "audited-queue", hours: officeHours(), timeZone: "Europe/London" };
    const created = await call(createQueueRoute, { body, headers: browserHeaders(cookies.admin) });
    expect(created.status).toBe(201);
    const entry = listAuditEntries(getDb()).find((item) => item.action === "settings.changed");
    expect(entry).toMatchObject({ actorEmail: "audit-admin@example.test", target: "queues POST" });
  });
});
