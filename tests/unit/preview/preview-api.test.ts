import { beforeAll, describe, expect, it } from "vitest";
import { POST as createFlow, } from "@/app/api/flows/route";
import { DELETE as deleteFlow } from "@/app/api/flows/[id]/route";
import { GET as listNotes, POST as createNote } from "@/app/api/flows/[id]/notes/route";
import { GET as listTests, POST as createTest } from "@/app/api/flows/[id]/tests/route";
import { DELETE as deleteTest, PUT as updateTest } from "@/app/api/flows/[id]/tests/[testId]/route";
import { getDb } from "@/db/client";
import { flows } from "@/db/schema";
import { eq } from "drizzle-orm";
import { readTestCase } from "@/lib/runtime";
import { acmeDocument } from "./acme";
import { setupAdmin } from "../auth/auth-client";
import { browserHeaders, createSignedInUser } from "../security/signed-in-users";

// The flows routes need a signed-in designer; these tests act as one ("Test designer"), from Baton's own pages.
let designer: Record<string, string> = {};
beforeAll(async () => {
  designer = browserHeaders(await createSignedInUser(await setupAdmin(), "designer", "preview-api"));
});

type Params = { id: string; testId?: string };

/** Calls a route handler in-process with a real Request and reads its JSON answer. */
async function call<P extends Params>(
  handler: (request: Request, context: { params: Promise<P> }) => Promise<Response>,
  params: P,
  init: { method?: string; body?: unknown; rawBody?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const body = init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  const request = new Request("http://localhost/api/test", {
    method: init.method ?? (body === undefined ? "GET" : "POST"),
    body,
    headers: { ...designer, ...(body === undefined ? {} : { "content-type": "application/json" }) },
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  const parsed: Record<string, unknown> = text ? JSON.parse(text) : {};
  return { status: response.status, body: parsed };
}

async function newFlow(): Promise<string> {
  const { status, body } = await call(createFlow, { id: "" }, { body: { name: "Acme", document: acmeDocument() } });
  expect(status).toBe(201);
  const flow = body.flow;
  if (typeof flow !== "object" || flow === null || !("id" in flow) || typeof flow.id !== "string") throw new Error("no flow");
  return flow.id;
}

const testCase = {
  name: "Opening hours",
  world: { queues: { support: { agents: "offline" } } },
  steps: [{ user: "opening hours" }, { expect: { bot: "We're open Monday to Friday, 9:00 to 17:00 (UK time).", status: "waiting_input" } }],
};

describe("flow tests API", () => {
  it("stores a test case with its flow and gives back exactly the runtime's JSON", async () => {
    const flowId = await newFlow();
    const created = await call(createTest, { id: flowId }, { body: { testCase } });
    expect(created.status).toBe(201);
    expect(created.body.test).toMatchObject({ flowId, name: "Opening hours", testCase });
    const listed = await call(listTests, { id: flowId });
    expect(listed.status).toBe(200);
    expect(listed.body.tests).toEqual([created.body.test]);
    const tests = listed.body.tests;
    const first = Array.isArray(tests) ? tests[0] : undefined;
    expect(readTestCase(first?.testCase)).toEqual({ testCase });
  });

  it("renames (PUT) and deletes a case; unknown ids are 404", async () => {
    const flowId = await newFlow();
    const created = await call(createTest, { id: flowId }, { body: { testCase } });
    const test = created.body.test;
    const testId = typeof test === "object" && test !== null && "id" in test && typeof test.id === "string" ? test.id : "";
    const renamed = await call(updateTest, { id: flowId, testId }, { method: "PUT", body: { testCase: { ...testCase, name: "Hours" } } });
    expect(renamed).toMatchObject({ status: 200, body: { test: { id: testId, name: "Hours", testCase: { name: "Hours" } } } });
    expect((await call(deleteTest, { id: flowId, testId }, { method: "DELETE" })).status).toBe(200);
    expect((await call(listTests, { id: flowId })).body.tests).toEqual([]);
    const again = await call(deleteTest, { id: flowId, testId }, { method: "DELETE" });
    expect(again).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    expect((await call(updateTest, { id: "nope", testId }, { method: "PUT", body: { testCase } })).status).toBe(404);
    expect((await call(listTests, { id: "nope" })).status).toBe(404);
    expect((await call(createTest, { id: "nope" }, { body: { testCase } })).status).toBe(404);
  });

  it("refuses a case that is not in the test-case format with 422 and the path, bad JSON with 400", async () => {
    const flowId = await newFlow();
    const invalid = await call(createTest, { id: flowId }, { body: { testCase: { name: "x", steps: [{ agent: "dance" }] } } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error).toMatchObject({ code: "validation_failed", details: [expect.objectContaining({ path: expect.stringContaining("testCase.steps[0]") })] });
    expect((await call(createTest, { id: flowId }, { body: { testCase: { steps: [] } } })).status).toBe(422);
    expect((await call(createTest, { id: flowId }, { rawBody: "{ nope" })).status).toBe(400);
  });

  it("hides the tests of a deleted flow and removes them when the flow row goes", async () => {
    const flowId = await newFlow();
    await call(createTest, { id: flowId }, { body: { testCase } });
    await call(deleteFlow, { id: flowId }, { method: "DELETE" });
    expect((await call(listTests, { id: flowId })).status).toBe(404);
    getDb().delete(flows).where(eq(flows.id, flowId)).run();
    const left = getDb().$client.prepare("select count(*) as n from flow_test_cases where flow_id = ?").get(flowId);
    expect(left).toEqual({ n: 0 });
  });
});

describe("tester notes API", () => {
  it("stores a note with its transcript and lists notes newest first", async () => {
    const flowId = await newFlow();
    const transcript = [{ from: "bot", text: "Hi!" }, { from: "user", text: "<b>refund</b>" }];
    const first = await call(createNote, { id: flowId }, { body: { text: "The refund path is confusing", author: "Kim", transcript } });
    expect(first.status).toBe(201);
    expect(first.body.note).toMatchObject({ flowId, text: "The refund path is confusing", author: "Kim", transcript });
    const second = await call(createNote, { id: flowId }, { body: { text: "  Greeting is too long ", transcript: [] } });
    // without a typed name the note is signed by the signed-in user
    expect(second.body.note).toMatchObject({ text: "Greeting is too long", author: "Test designer" });
    const listed = await call(listNotes, { id: flowId });
    const notes = listed.body.notes;
    expect(Array.isArray(notes) ? notes.map((note: { text: string }) => note.text) : []).toEqual(["Greeting is too long", "The refund path is confusing"]);
  });

  it("refuses an empty note (422) and notes for unknown flows (404)", async () => {
    const flowId = await newFlow();
    expect((await call(createNote, { id: flowId }, { body: { text: "  ", transcript: [] } })).status).toBe(422);
    expect((await call(createNote, { id: flowId }, { body: { text: "x", transcript: [{ from: "robot", text: "?" }] } })).status).toBe(422);
    expect((await call(createNote, { id: "nope" }, { body: { text: "x", transcript: [] } })).status).toBe(404);
    expect((await call(listNotes, { id: "nope" })).status).toBe(404);
  });
});
