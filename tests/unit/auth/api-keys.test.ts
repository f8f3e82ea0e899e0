import { beforeAll, describe, expect, it } from "vitest";
import { GET as listKeys, POST as createKey } from "@/app/api/keys/route";
import { DELETE as revokeKey } from "@/app/api/keys/[id]/route";
import { GET as listAudit } from "@/app/api/admin/audit/route";
import { getDb } from "@/db/client";
import { verifyApiKey } from "@/db/queries/api-keys";
import { send, setupAdmin } from "./auth-client";

let adminCookie = "";

beforeAll(async () => {
  adminCookie = await setupAdmin();
});

async function create(name: string): Promise<{ key: string; id: string }> {
  const answer = await send(createKey, { path: "/api/keys", cookie: adminCookie, body: { name } });
  expect(answer.status).toBe(201);
  const { key, apiKey } = answer.body;
  if (typeof key !== "string" || typeof apiKey !== "object" || apiKey === null || !("id" in apiKey) || typeof apiKey.id !== "string") throw new Error("bad answer");
  return { key, id: apiKey.id };
}

describe("API keys", () => {
  it("shows the key once at creation and stores only its hash", async () => {
    const { key } = await create("Bundle CI");
    expect(key).toMatch(/^baton_[\w-]{40,}$/);
    const everything = JSON.stringify(getDb().$client.prepare("select * from api_keys").all());
    expect(everything).not.toContain(key);
    expect(everything).not.toContain(key.slice(12));
    const listed = await send(listKeys, { path: "/api/keys", cookie: adminCookie });
    expect(JSON.stringify(listed.body)).not.toContain(key);
    expect(JSON.stringify(listed.body)).toContain(key.slice(0, 12));
  });

  it("verifies a bearer key and records when it was last used", async () => {
    const { key } = await create("Exporter");
    const used = new Date("2026-05-01T10:00:00Z");
    const record = verifyApiKey(getDb(), `Bearer ${key}`, used);
    expect(record).toMatchObject({ name: "Exporter", lastUsedAt: used.toISOString() });
    expect(verifyApiKey(getDb(), key, new Date("2026-05-02T10:00:00Z"))?.lastUsedAt).toBe("2026-05-02T10:00:00.000Z");
    expect(verifyApiKey(getDb(), `Bearer ${key}x`)).toBeNull();
    expect(verifyApiKey(getDb(), null)).toBeNull();
  });

  it("stops accepting a revoked key and audits create and revoke", async () => {
    const { key, id } = await create("Old laptop");
    const answer = await send(revokeKey, { method: "DELETE", path: `/api/keys/${id}`, id, cookie: adminCookie });
    expect(answer.status).toBe(200);
    expect(verifyApiKey(getDb(), `Bearer ${key}`)).toBeNull();
    const audit = JSON.stringify((await send(listAudit, { path: "/api/admin/audit", cookie: adminCookie })).body);
    expect(audit).toContain("api_key.created");
    expect(audit).toContain("api_key.revoked");
    expect(audit).not.toContain(key);
  });

  it("is for admins only", async () => {
    expect((await send(listKeys, { path: "/api/keys" })).status).toBe(401);
    expect((await send(createKey, { path: "/api/keys", body: { name: "x" } })).status).toBe(401);
  });
});
