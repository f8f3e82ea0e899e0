import { beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as list, POST as create } from "@/app/api/flows/route";
import { DELETE as remove, GET as get, PUT as update } from "@/app/api/flows/[id]/route";
import { POST as duplicate } from "@/app/api/flows/[id]/duplicate/route";
import { POST as restore } from "@/app/api/flows/[id]/restore/route";
import { GET as download } from "@/app/api/flows/[id]/document/route";
import { POST as importFlow } from "@/app/api/flows/import/route";
import { newFlowDocument } from "@/lib/flow";
import { call as callRoute } from "../helpers/api";
import { browserHeaders, createSignedInUser } from "../security/signed-in-users";
import { setupAdmin } from "../auth/auth-client";

// Every flows route needs a signed-in designer; these tests act as one, from Baton's own pages.
let designer: Record<string, string> = {};
beforeAll(async () => {
  designer = browserHeaders(await createSignedInUser(await setupAdmin(), "designer", "flows-api"));
});

const call: typeof callRoute = (handler, init = {}) => callRoute(handler, { ...init, headers: { ...designer, ...init.headers } });

async function createNamed(name: string) {
  const { status, body } = await call(create, { body: { name } });
  expect(status).toBe(201);
  if (!body.flow) throw new Error("no flow in answer");
  return body.flow;
}

describe("flows API", () => {
  it("answers health with ok", async () => {
    expect(await call(health)).toMatchObject({ status: 200, body: { ok: true } });
  });

  it("creates a flow with a Start node and lists it", async () => {
    const flow = await createNamed("Order support");
    expect(flow).toMatchObject({ name: "Order support", revision: 1 });
    expect(flow.document.nodes.map((node) => node.kind)).toEqual(["start"]);
    const { body } = await call(list);
    expect(body.flows?.map((f) => f.id)).toContain(flow.id);
    expect(body.flows?.find((f) => f.id === flow.id)).toMatchObject({ nodeCount: 1 });
  });

  it("creates a flow from a given document", async () => {
    const document = { ...newFlowDocument("x"), nodes: [] };
    const { status, body } = await call(create, { body: { name: "Empty", document } });
    expect(status).toBe(201);
    expect(body.flow?.document.nodes).toEqual([]);
  });

  it("gets a flow by id and 404s an unknown id", async () => {
    const flow = await createNamed("Lookup");
    expect((await call(get, { params: { id: flow.id } })).body.flow?.name).toBe("Lookup");
    const missing = await call(get, { params: { id: "nope" } });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: "not_found", details: { id: "nope" } });
  });

  it("saves with the current revision and refuses a stale one with 409 and the current state", async () => {
    const flow = await createNamed("Concurrent");
    const first = await call(update, { method: "PUT", params: { id: flow.id }, body: { revision: 1, name: "Renamed by tab A" } });
    expect(first.status).toBe(200);
    expect(first.body.flow).toMatchObject({ revision: 2, name: "Renamed by tab A" });

    const stale = await call(update, { method: "PUT", params: { id: flow.id }, body: { revision: 1, name: "Tab B" } });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "conflict", details: { currentRevision: 2, current: { name: "Renamed by tab A" } } });
    expect((await call(get, { params: { id: flow.id } })).body.flow?.name).toBe("Renamed by tab A");
  });

  it("rejects malformed JSON with 400, a bad body with 422 and field paths, and a huge body with 413", async () => {
    const flow = await createNamed("Errors");
    const malformed = await call(create, { rawBody: "{ name: " });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error?.code).toBe("invalid_json");

    const invalid = await call(update, { method: "PUT", params: { id: flow.id }, body: { revision: "one" } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error).toMatchObject({ code: "validation_failed", details: [{ path: "revision" }] });

    const emptyName = await call(create, { body: { name: "   " } });
    expect(emptyName.status).toBe(422);

    const huge = await call(create, { rawBody: JSON.stringify({ name: "x".repeat(11 * 1024 * 1024) }) });
    expect(huge.status).toBe(413);
    expect(huge.body.error?.code).toBe("payload_too_large");
  });

  it("duplicates a flow under a new id", async () => {
    const flow = await createNamed("Original");
    const copy = await call(duplicate, { params: { id: flow.id } });
    expect(copy.status).toBe(201);
    expect(copy.body.flow).toMatchObject({ name: "Original (copy)", revision: 1 });
    expect(copy.body.flow?.id).not.toBe(flow.id);
  });

  it("soft-deletes a flow out of the list and restores it", async () => {
    const flow = await createNamed("Doomed");
    expect((await call(remove, { method: "DELETE", params: { id: flow.id } })).status).toBe(200);
    expect((await call(list)).body.flows?.map((f) => f.id)).not.toContain(flow.id);
    expect((await call(get, { params: { id: flow.id } })).status).toBe(404);
    const deleted = await call(list, { url: "http://localhost/api/flows?deleted=1" });
    expect(deleted.body.flows?.map((f) => f.id)).toContain(flow.id);

    expect((await call(restore, { params: { id: flow.id } })).status).toBe(200);
    expect((await call(get, { params: { id: flow.id } })).body.flow?.name).toBe("Doomed");
  });

  it("downloads the document as a file that imports back", async () => {
    const flow = await createNamed("Round trip");
    const response = await download(new Request("http://localhost", { headers: designer }), { params: Promise.resolve({ id: flow.id }) });
    expect(response.headers.get("content-disposition")).toContain('filename="Round-trip.baton-flow.json"');
    const text = await response.text();
    const imported = await call(importFlow, { rawBody: text });
    expect(imported.status).toBe(201);
    expect(imported.body.flow?.document).toEqual(flow.document);
  });

  it("reports every problem of an imported file with its JSON path", async () => {
    const bad = { schemaVersion: 1, name: "Bad", nodes: [{ id: "m", kind: "message", position: { x: 0, y: 0 }, config: { text: "" } }] };
    const { status, body } = await call(importFlow, { rawBody: JSON.stringify(bad) });
    expect(status).toBe(422);
    expect(body.error?.details).toEqual([{ path: "nodes[0].config.text", message: "A message needs text" }]);
  });
});

describe("importing older and newer documents", () => {
  it("migrates a prototype (schemaVersion 0) document on import", async () => {
    const prototype = {
      name: "Prototype",
      agentPhrases: ["get me a manager"],
      nodes: [
        { id: "s", type: "start", position: { x: 0, y: 0 }, data: {} },
        { id: "m", type: "message", position: { x: 200, y: 0 }, data: { text: "Hello" } },
      ],
      edges: [{ source: "s", sourceHandle: "next", target: "m" }],
    };
    const { status, body } = await call(importFlow, { rawBody: JSON.stringify(prototype) });
    expect(status).toBe(201);
    expect(body.flow?.document).toMatchObject({
      schemaVersion: 1,
      nodes: [{ kind: "start" }, { kind: "message", config: { text: "Hello" } }],
      edges: [{ source: "s", sourcePort: "next", target: "m" }],
      settings: { liveAgent: { phrases: ["get me a manager"] } },
    });
  });

  it("refuses a document from a newer Baton with a message saying so", async () => {
    const { status, body } = await call(importFlow, { rawBody: JSON.stringify({ schemaVersion: 99, name: "Future", nodes: [] }) });
    expect(status).toBe(422);
    expect(body.error?.message).toContain("newer Baton");
  });
});
