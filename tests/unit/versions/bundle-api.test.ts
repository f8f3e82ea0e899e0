import { beforeAll, describe, expect, it } from "vitest";
import { GET as bundleRoute } from "@/app/api/flows/[id]/bundle/route";
import { getDb } from "@/db/client";
import { createApiKey, revokeApiKey } from "@/db/queries/api-keys";
import { createFlow, updateFlow } from "@/db/queries/flows";
import { publishVersion } from "@/db/queries/versions";
import { flowVersions } from "@/db/versions-schema";
import { compileFlow, runtimeBundleSchema } from "@/lib/flow";
import { initialState, step, type RuntimeBundle } from "@/lib/runtime";
import { ENGLISH } from "@/lib/runtime/nlu/english";
import { setupAdmin } from "../auth/auth-client";
import { acmeDocument, withMessageText } from "./fixtures";

let flowId = "";
let key = "";
let cookie = "";

beforeAll(async () => {
  cookie = await setupAdmin("bundles@example.test", "bundle password 12");
  const db = getDb();
  const flow = createFlow(db, { name: "Acme support", document: acmeDocument() });
  flowId = flow.id;
  publishVersion(db, flow.id, { revision: 1, note: "one", author: null });
  const edited = updateFlow(db, flow.id, { revision: 1, document: withMessageText(flow.document, "greet", "Hi from v2") });
  publishVersion(db, flow.id, { revision: edited.revision, note: "two", author: null });
  key = createApiKey(db, { name: "CI", createdBy: null }).key;
});

/** GET the bundle route the way a pipeline does (raw answer: the body is the bundle itself). */
async function fetchBundle(query: string, headers: Record<string, string> = {}, extra: { cookie?: string } = {}) {
  const request = new Request(`http://localhost/api/flows/${flowId}/bundle${query}`, { headers: { ...headers, ...(extra.cookie ? { cookie: extra.cookie } : {}) } });
  const response = await bundleRoute(request, { params: Promise.resolve({ id: flowId }) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe("GET /api/flows/:id/bundle", () => {
  it("gives a valid API key the bundle exactly as published, with ETag = its hash", async () => {
    const answer = await fetchBundle("?version=1", { authorization: `Bearer ${key}` });
    expect(answer.status).toBe(200);
    const bundle = runtimeBundleSchema.parse(JSON.parse(answer.text));
    expect(bundle).toEqual(compileFlow(acmeDocument(), { flowId, version: 1 }));
    expect(answer.headers.get("etag")).toBe(`"${bundle.hash}"`);
    expect(answer.headers.get("content-type")).toContain("application/json");
  });

  it("serves the newest version for `latest` (the default) and answers 304 to a matching If-None-Match", async () => {
    const latest = await fetchBundle("", { authorization: `Bearer ${key}` });
    const bundle = runtimeBundleSchema.parse(JSON.parse(latest.text));
    expect(bundle.flow.version).toBe(2);
    expect(bundle.nodes.greet).toMatchObject({ config: { text: "Hi from v2" } });
    expect((await fetchBundle("?version=latest", { "x-api-key": key })).text).toBe(latest.text);
    const etag = latest.headers.get("etag") ?? "";
    const again = await fetchBundle("?version=latest", { authorization: `Bearer ${key}`, "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    const stale = await fetchBundle("?version=latest", { authorization: `Bearer ${key}`, "if-none-match": `"not-it"` });
    expect(stale.status).toBe(200);
  });

  it("serves a version published before language packs with the English pack it meant, and its own ETag", async () => {
    const db = getDb();
    const flow = createFlow(db, { name: "Old flow", document: acmeDocument() });
    const { language: _none, ...old } = compileFlow(acmeDocument(), { flowId: flow.id, version: 1 });
    const text = JSON.stringify(old);
    db.insert(flowVersions).values({ id: `old-${flow.id}`, flowId: flow.id, version: 1, bundle: text, bundleHash: old.hash, document: acmeDocument() }).run();
    const request = new Request(`http://localhost/api/flows/${flow.id}/bundle?version=1`, { headers: { authorization: `Bearer ${key}` } });
    const response = await bundleRoute(request, { params: Promise.resolve({ id: flow.id }) });
    const served = JSON.parse(await response.text());
    expect(served).toEqual({ ...old, language: ENGLISH });
    expect(response.headers.get("etag")).toBe(`"${old.hash}+en"`);
    // the interpreter runs it (without the pack it answers no_language)
    const started = step(served, initialState(served), { type: "start", at: "2026-01-05T10:00:00.000Z" });
    expect(started.trace.filter((entry) => entry.type === "error")).toEqual([]);
    expect(step(old as RuntimeBundle, initialState(old as RuntimeBundle), { type: "start", at: "2026-01-05T10:00:00.000Z" }).trace[0]).toMatchObject({ code: "no_language" });
  });

  it("answers 401 without a key, with an unknown key and with a revoked key", async () => {
    expect((await fetchBundle("?version=1")).status).toBe(401);
    expect((await fetchBundle("?version=1", { authorization: "Bearer baton_not-a-real-key" })).status).toBe(401);
    const db = getDb();
    const revoked = createApiKey(db, { name: "Old", createdBy: null });
    expect((await fetchBundle("?version=1", { authorization: `Bearer ${revoked.key}` })).status).toBe(200);
    revokeApiKey(db, revoked.apiKey.id);
    const refused = await fetchBundle("?version=1", { authorization: `Bearer ${revoked.key}` });
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.text)).toMatchObject({ error: { code: "unauthorized" } });
    // a dead key never falls back to the session that happens to be there
    expect((await fetchBundle("?version=1", { authorization: `Bearer ${revoked.key}` }, { cookie })).status).toBe(401);
  });

  it("lets a signed-in designer download it as <flow>-v<N>.baton.json", async () => {
    const answer = await fetchBundle("?version=2&download=1", {}, { cookie });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-disposition")).toBe('attachment; filename="acme-support-v2.baton.json"');
  });

  it("answers 404 for a version that does not exist and 422 for a malformed one", async () => {
    const missing = await fetchBundle("?version=9", { authorization: `Bearer ${key}` });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text)).toMatchObject({ error: { code: "not_found" } });
    expect((await fetchBundle("?version=first", { authorization: `Bearer ${key}` })).status).toBe(422);
    const never = createFlow(getDb(), { name: "Never published", document: acmeDocument() });
    const request = new Request(`http://localhost/api/flows/${never.id}/bundle`, { headers: { authorization: `Bearer ${key}` } });
    expect((await bundleRoute(request, { params: Promise.resolve({ id: never.id }) })).status).toBe(404);
  });
});
