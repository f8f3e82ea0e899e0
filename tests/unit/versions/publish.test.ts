import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as publish } from "@/app/api/flows/[id]/publish/route";
import { GET as listRoute } from "@/app/api/flows/[id]/versions/route";
import { GET as versionRoute } from "@/app/api/flows/[id]/versions/[version]/route";
import { getDb } from "@/db/client";
import { createFlow, updateFlow } from "@/db/queries/flows";
import { getVersion, getVersionBundle, latestPublishedBundle, listVersions } from "@/db/queries/versions";
import { compileFlow } from "@/lib/flow";
import { send, setupAdmin } from "../auth/auth-client";
import { acmeDocument, withMessageText, withoutUnavailablePath } from "./fixtures";

let cookie = "";
beforeAll(async () => {
  cookie = await setupAdmin("publisher@example.test", "publisher password 1");
});

type Handler = Parameters<typeof send>[0];
// the version routes take { id, version } params; `send` passes { id } — wrap to add the number
const versionHandler = (version: number): Handler => (request, context) =>
  versionRoute(request, { params: context.params.then(({ id }) => ({ id, version: String(version) })) });

function publishAs(flowId: string, body: unknown, withCookie = true) {
  return send(publish, { path: `/api/flows/${flowId}/publish`, id: flowId, body, cookie: withCookie ? cookie : undefined });
}

describe("publishing a flow", () => {
  it("numbers versions 1, 2, 3 per flow and records note, author, time and bundle hash", async () => {
    const db = getDb();
    const flow = createFlow(db, { name: "Acme support", document: acmeDocument() });
    const first = await publishAs(flow.id, { revision: flow.revision, note: "First release" });
    expect(first.status).toBe(201);
    expect(first.body.version).toMatchObject({ version: 1, note: "First release", author: { email: "publisher@example.test", name: "Owner" } });

    const edited = updateFlow(db, flow.id, { revision: flow.revision, document: withMessageText(flow.document, "greet", "Hello there!") });
    const second = await publishAs(flow.id, { revision: edited.revision, note: "Friendlier greeting" });
    const third = await publishAs(flow.id, { revision: edited.revision });
    expect([second.body.version, third.body.version]).toMatchObject([{ version: 2 }, { version: 3, note: "" }]);

    // another flow starts again at 1
    const other = createFlow(db, { name: "Other", document: acmeDocument() });
    expect((await publishAs(other.id, { revision: 1 })).body.version).toMatchObject({ version: 1 });

    const listed = await send(listRoute, { path: `/api/flows/${flow.id}/versions`, id: flow.id, cookie });
    const versions = listVersions(db, flow.id);
    expect(versions.map((version) => version.version)).toEqual([3, 2, 1]);
    expect(listed.body.versions).toEqual(versions);
    // the bundle is the compiled draft of that moment, numbered with its version
    const v2 = getVersionBundle(db, flow.id, 2);
    expect(JSON.parse(v2.text)).toEqual(compileFlow(edited.document, { flowId: flow.id, version: 2 }));
    expect(versions[1]?.bundleHash).toBe(v2.hash);
    const detail = await send(versionHandler(1), { path: `/api/flows/${flow.id}/versions/1`, id: flow.id, cookie });
    expect(detail.status).toBe(200);
    expect(detail.body.version).toMatchObject({ version: 1, document: { name: "Acme support" } });
  });

  it("is refused with 422 listing the errors (with their nodes) while the flow has any", async () => {
    const flow = createFlow(getDb(), { name: "Broken", document: withoutUnavailablePath(acmeDocument(), "refund_handoff") });
    const answer = await publishAs(flow.id, { revision: flow.revision, note: "try" });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({ code: "validation_failed", message: expect.stringContaining("1 error") });
    const details = answer.body.error?.details;
    expect(details).toMatchObject({ problems: [{ nodeId: "refund_handoff", severity: "error", code: "handoff_without_unavailable" }] });
    expect(listVersions(getDb(), flow.id)).toEqual([]);
  });

  it("is refused with 409 when the revision is stale, and 401 without a signed-in user", async () => {
    const db = getDb();
    const flow = createFlow(db, { name: "Racing", document: acmeDocument() });
    updateFlow(db, flow.id, { revision: 1, name: "Racing 2" });
    const stale = await publishAs(flow.id, { revision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.details).toMatchObject({ currentRevision: 2 });
    expect((await publishAs(flow.id, { revision: 2 }, false)).status).toBe(401);
    expect((await send(listRoute, { path: `/api/flows/${flow.id}/versions`, id: flow.id })).status).toBe(401);
    expect(listVersions(db, flow.id)).toEqual([]);
  });

  it("answers 404 for an unknown flow or version", async () => {
    expect((await publishAs("nope", { revision: 1 })).status).toBe(404);
    const flow = createFlow(getDb(), { name: "Lonely", document: acmeDocument() });
    expect((await send(versionHandler(7), { path: `/api/flows/${flow.id}/versions/7`, id: flow.id, cookie })).status).toBe(404);
  });

  it("serves live chat the latest published bundle, and nothing for a flow never published", async () => {
    const db = getDb();
    const flow = createFlow(db, { name: "Live", document: acmeDocument() });
    expect(latestPublishedBundle(db, flow.id)).toBeNull();
    await publishAs(flow.id, { revision: 1 });
    const edited = updateFlow(db, flow.id, { revision: 1, document: withMessageText(flow.document, "greet", "v2 greeting") });
    await publishAs(flow.id, { revision: edited.revision });
    const latest = latestPublishedBundle(db, flow.id);
    expect(latest?.version).toBe(2);
    expect(latest?.bundle.nodes.greet).toMatchObject({ config: { text: "v2 greeting" } });
  });
});

describe("published versions are immutable", () => {
  it("no route can change or delete a version: version routes are read-only", async () => {
    const routeDir = path.resolve(import.meta.dirname, "../../../app/api/flows/[id]");
    for (const file of ["versions/route.ts", "versions/[version]/route.ts", "bundle/route.ts", "export/route.ts"]) {
      const exported = Object.keys(await import(/* @vite-ignore */ path.join(routeDir, file)));
      expect(exported.filter((name) => /^(POST|PUT|PATCH|DELETE)$/.test(name)), file).toEqual([]);
    }
    const publishExports = Object.keys(await import("@/app/api/flows/[id]/publish/route"));
    expect(publishExports.filter((name) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(name))).toEqual(["POST"]);
    expect(fs.existsSync(path.join(routeDir, "versions/[version]/restore"))).toBe(false);
  });

  it("publishing and editing the draft leave earlier versions byte for byte as they were", async () => {
    const db = getDb();
    const flow = createFlow(db, { name: "Frozen", document: acmeDocument() });
    await publishAs(flow.id, { revision: 1, note: "original" });
    const before = { row: getVersion(db, flow.id, 1), bundle: getVersionBundle(db, flow.id, 1) };
    const edited = updateFlow(db, flow.id, { revision: 1, document: withMessageText(flow.document, "greet", "changed") });
    await publishAs(flow.id, { revision: edited.revision, note: "second" });
    expect(getVersion(db, flow.id, 1)).toEqual(before.row);
    expect(getVersionBundle(db, flow.id, 1)).toEqual(before.bundle);
  });

  it("the database itself refuses to update a published version", async () => {
    const db = getDb();
    const flow = createFlow(db, { name: "Guarded", document: acmeDocument() });
    await publishAs(flow.id, { revision: 1 });
    const update = () => db.$client.prepare("update flow_versions set note = 'tampered' where flow_id = ?").run(flow.id);
    expect(update).toThrow(/immutable/);
    expect(() => db.$client.prepare("update flow_versions set bundle = '{}' where flow_id = ?").run(flow.id)).toThrow(/immutable/);
    expect(getVersion(db, flow.id, 1).note).toBe("");
  });
});

describe("live chat and published versions", () => {
  it("new live conversations run the latest published version, not the unpublished draft", async () => {
    const { POST: startChat } = await import("@/app/api/chat/[flowId]/conversations/route");
    const db = getDb();
    const flow = createFlow(db, { name: "Live site", document: withMessageText(acmeDocument(), "greet", "Published greeting") });
    await publishAs(flow.id, { revision: 1 });
    updateFlow(db, flow.id, { revision: 1, document: withMessageText(flow.document, "greet", "Draft greeting, not live yet") });
    const start = async () => {
      const response = await startChat(new Request(`http://localhost/api/chat/${flow.id}/conversations`, { method: "POST", body: "{}", headers: { "content-type": "application/json" } }), {
        params: Promise.resolve({ flowId: flow.id }),
      });
      expect(response.status).toBe(201);
      return JSON.stringify(await response.json());
    };
    const first = await start();
    expect(first).toContain("Published greeting");
    expect(first).not.toContain("Draft greeting");
    await publishAs(flow.id, { revision: 2 });
    expect(await start()).toContain("Draft greeting, not live yet");
  });
});
