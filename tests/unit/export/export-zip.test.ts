import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/flows/[id]/export/route";
import { getDb } from "@/db/client";
import { createFlow, updateFlow } from "@/db/queries/flows";
import { createTestCase } from "@/db/queries/test-cases";
import { getVersion, publishVersion } from "@/db/queries/versions";
import { compileFlow, runtimeBundleSchema } from "@/lib/flow";
import { conversationTestCaseSchema } from "@/lib/flow/test-case";
import { testCaseFiles } from "@/lib/export/build-export-zip";
import { RUNTIME_FILE_NAMES } from "@/lib/export/runtime-files";
import { setupAdmin } from "../auth/auth-client";
import { acmeDocument, acmeTestCases, withMessageText } from "../versions/fixtures";

let cookie = "";
let flowId = "";
const fakeRuntime = fs.mkdtempSync(path.join(os.tmpdir(), "baton-runtime-"));

beforeAll(async () => {
  cookie = await setupAdmin("exporter@example.test", "exporter password 1");
  // a stand-in runtime build: the export must ship these exact bytes
  for (const name of RUNTIME_FILE_NAMES) fs.writeFileSync(path.join(fakeRuntime, name), `// ${name} built\n`);
  const db = getDb();
  const flow = createFlow(db, { name: "Acme support", document: acmeDocument() });
  flowId = flow.id;
  publishVersion(db, flowId, { revision: 1, note: "v1", author: null });
  const edited = updateFlow(db, flowId, { revision: 1, document: withMessageText(flow.document, "greet", "Hello from v2") });
  publishVersion(db, flowId, { revision: edited.revision, note: "v2", author: null });
  for (const testCase of acmeTestCases()) createTestCase(db, flowId, testCase);
});

afterEach(() => {
  delete process.env.BATON_RUNTIME_DIR;
});

async function download(query: string, withCookie = true) {
  const request = new Request(`http://baton.test/api/flows/${flowId}/export${query}`, { headers: withCookie ? { cookie } : {} });
  const response = await exportRoute(request, { params: Promise.resolve({ id: flowId }) });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe("GET /api/flows/:id/export", () => {
  it("zips the version's bundle, the runtime, the CLI, every test case and a README in one folder", async () => {
    process.env.BATON_RUNTIME_DIR = fakeRuntime;
    const answer = await download("?version=1");
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/zip");
    expect(answer.headers.get("content-disposition")).toBe('attachment; filename="acme-support-v1.zip"');
    const files = unzipSync(answer.bytes);
    const cases = acmeTestCases();
    const expectedNames = [
      "README.md", "acme-support-v1.baton.json", ...RUNTIME_FILE_NAMES, ...testCaseFiles(cases).map((file) => `tests/${file.name}`),
    ].map((name) => `acme-support-v1/${name}`);
    expect(Object.keys(files).sort()).toEqual(expectedNames.sort());

    // the bundle inside is the compile of version 1's document, not of today's draft
    const bundle = runtimeBundleSchema.parse(JSON.parse(strFromU8(files["acme-support-v1/acme-support-v1.baton.json"] ?? new Uint8Array())));
    expect(bundle).toEqual(compileFlow(getVersion(getDb(), flowId, 1).document, { flowId, version: 1 }));
    expect(bundle.nodes.greet).not.toMatchObject({ config: { text: "Hello from v2" } });
    for (const name of RUNTIME_FILE_NAMES) expect(strFromU8(files[`acme-support-v1/${name}`] ?? new Uint8Array())).toBe(`// ${name} built\n`);

    // each test case is the runtime's format, unchanged in substance
    const exported = Object.entries(files)
      .filter(([name]) => name.includes("/tests/"))
      .map(([, bytes]) => conversationTestCaseSchema.parse(JSON.parse(strFromU8(bytes))));
    expect(exported.map((testCase) => testCase.name).sort()).toEqual(cases.map((testCase) => testCase.name).sort());
    const original = cases[0];
    expect(exported.find((testCase) => testCase.name === original?.name)).toEqual({ ...original, $schema: undefined });

    const readme = strFromU8(files["acme-support-v1/README.md"] ?? new Uint8Array());
    expect(readme).toContain("node baton.mjs test acme-support-v1.baton.json tests/");
    expect(readme).toContain("node baton.mjs validate acme-support-v1.baton.json");
    expect(readme).toContain('<script type="module">');
    expect(readme).toContain(`<script src="http://baton.test/embed.js" data-flow="${flowId}"`);
    expect(readme).toContain(bundle.hash);
  });

  it("exports the latest version by default", async () => {
    process.env.BATON_RUNTIME_DIR = fakeRuntime;
    const files = unzipSync((await download("")).bytes);
    const bundleText = strFromU8(files["acme-support-v2/acme-support-v2.baton.json"] ?? new Uint8Array());
    expect(JSON.parse(bundleText)).toMatchObject({ flow: { version: 2 }, nodes: { greet: { config: { text: "Hello from v2" } } } });
  });

  it("answers 503 saying how to build when the runtime is missing, 404 for an unknown version, 401 signed out", async () => {
    process.env.BATON_RUNTIME_DIR = path.join(fakeRuntime, "not-built");
    const missing = await download("?version=1");
    expect(missing.status).toBe(503);
    const body: unknown = JSON.parse(new TextDecoder().decode(missing.bytes));
    expect(body).toMatchObject({ error: { code: "runtime_not_built", message: expect.stringContaining("npm run build:runtime") } });
    process.env.BATON_RUNTIME_DIR = fakeRuntime;
    expect((await download("?version=5")).status).toBe(404);
    expect((await download("?version=1", false)).status).toBe(401);
  });
});

describe("test case file names", () => {
  it("names files after the case and never lets two cases overwrite each other", () => {
    const base = { steps: [] };
    const files = testCaseFiles([{ ...base, name: "Refund: handed back!" }, { ...base, name: "refund handed back" }, { ...base, name: "***" }]);
    expect(files.map((file) => file.name)).toEqual(["refund-handed-back.json", "refund-handed-back-2.json", "flow.json"]);
  });
});
