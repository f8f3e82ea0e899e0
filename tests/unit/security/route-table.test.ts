import { beforeAll, describe, expect, it } from "vitest";
import { POST as createKeyRoute } from "@/app/api/keys/route";
import { send } from "../auth/auth-client";
import { callAs, type CallResult } from "./call-as";
import { discoverRoutes, type DiscoveredRoute } from "./route-files";
import { ROUTE_TABLE, PENDING_FIXES, type Caller, type Outcome, type RouteRow } from "./route-table";
import { signInEveryRole, type RoleCookies } from "./signed-in-users";

// Discovered at collection time, so each row becomes its own test named after the route.
const routes = await discoverRoutes();
const CALLERS: readonly Caller[] = ["anonymous", "agent", "designer", "admin"];
const MUTATIONS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

let cookies: RoleCookies;
let apiKey = "";

beforeAll(async () => {
  cookies = await signInEveryRole("table");
  const created = await send(createKeyRoute, { path: "/api/keys", cookie: cookies.admin, body: { name: "route table" } });
  const key = created.body.key;
  if (created.status !== 201 || typeof key !== "string") throw new Error(`creating an API key failed: ${created.status}`);
  apiKey = key;
});

function cookieOf(caller: Caller): string | null {
  return caller === "anonymous" ? null : cookies[caller];
}

function expectOutcome(result: CallResult, expected: Outcome, label: string): void {
  const seen = `${label} → ${result.status} ${result.code ?? ""} ${result.message ?? ""}`;
  if (expected === "allowed") {
    expect([401, 403], `${seen} (expected to get through the auth check)`).not.toContain(result.status);
    expect(result.status, `${seen} (an unhandled error is never an answer)`).not.toBe(500);
  } else {
    expect(result.status, seen).toBe(expected);
    expect(result.code, seen).toBe(expected === 401 ? "unauthorized" : "forbidden");
  }
}

describe("route table: every API route checks who is calling", () => {
  it("has a row for every route file and method", () => {
    const missing = routes.filter((route) => !(route.key in ROUTE_TABLE) && !(route.key in PENDING_FIXES));
    const message = missing.map((route) => `"${route.key}" (${route.file}): add a row to the route table in tests/unit/security/route-table.ts`).join("\n");
    expect(missing.length, `Routes without a row:\n${message}`).toBe(0);
  });

  it("has no row for a route that does not exist", () => {
    const served = new Set(routes.map((route) => route.key));
    const stale = [...Object.keys(ROUTE_TABLE), ...Object.keys(PENDING_FIXES)].filter((key) => !served.has(key));
    expect(stale, "These rows name no route (renamed or removed? remove or fix the row)").toEqual([]);
  });

  it("covers the routes it should (sanity: discovery found the app)", () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.map((route) => route.key)).toContain("PUT /api/flows/:id");
  });
});

describe.each(routes.filter((route) => route.key in ROUTE_TABLE).map((route) => [route.key, route] as const))("%s", (_key, route) => {
  const row: RouteRow = ROUTE_TABLE[route.key] ?? fail(route);

  it.each(CALLERS)("as %s", async (caller) => {
    expectOutcome(await callAs(route, cookieOf(caller), row.input), row[caller], `${route.key} as ${caller}${row.note ? ` (${row.note})` : ""}`);
  });

  if (MUTATIONS.has(route.method) && !row.public && row.admin === "allowed") {
    it("refuses the mutation from another site even with an admin's cookie (CSRF)", async () => {
      const result = await callAs(route, cookies.admin, { ...row.input, headers: { origin: "https://evil.example" } });
      expect(result.status, `${route.key} cross-site → ${result.status} ${result.message ?? ""}`).toBe(403);
      expect(result.code).toBe("forbidden");
    });
  }
});

describe("routes still waiting for their auth check (see PENDING_FIXES)", () => {
  const pending = Object.keys(PENDING_FIXES);
  if (pending.length === 0) it("none left", () => expect(pending).toEqual([]));
  for (const key of pending) it.todo(`${key} should answer ${JSON.stringify(PENDING_FIXES[key])}`);
});

describe("CSRF cannot be dodged with a token header", () => {
  // requireUser trusts only the cookie, so a junk X-Api-Key or Bearer header on a forged request proves nothing.
  const create = routes.find((route) => route.key === "POST /api/flows");
  const tokenHeaders: Record<string, string>[] = [{ "x-api-key": "junk" }, { authorization: "Bearer junk" }];
  it.each(tokenHeaders)("a designer's cross-site POST /api/flows with %o is refused", async (tokenHeader) => {
    if (!create) throw new Error("POST /api/flows not found");
    const result = await callAs(create, cookies.designer, { body: { name: "Forged" }, headers: { origin: "https://evil.example", ...tokenHeader } });
    expect(result.status).toBe(403);
    expect(result.code).toBe("forbidden");
  });
});

describe("bundle and export: API keys for pipelines", () => {
  const keyed = routes.filter((route) => route.key === "GET /api/flows/:id/bundle" || route.key === "GET /api/flows/:id/export");

  it("both routes exist", () => expect(keyed.map((route) => route.key).sort()).toEqual(["GET /api/flows/:id/bundle", "GET /api/flows/:id/export"]));

  it.each(keyed.map((route) => [route.key, route] as const))("%s: a valid key gets through without any session, as Bearer or X-Api-Key", async (_key, route) => {
    expectOutcome(await callAs(route, null, { headers: { authorization: `Bearer ${apiKey}` } }), "allowed", `${route.key} with a Bearer key`);
    expectOutcome(await callAs(route, null, { headers: { "x-api-key": apiKey } }), "allowed", `${route.key} with X-Api-Key`);
  });

  it.each(keyed.map((route) => [route.key, route] as const))("%s: a wrong key is 401 even next to a designer's or admin's session", async (_key, route) => {
    for (const caller of ["anonymous", "designer", "admin"] as const) {
      expectOutcome(await callAs(route, cookieOf(caller), { headers: { authorization: "Bearer baton_not_a_real_key" } }), 401, `${route.key} as ${caller} with a wrong key`);
    }
  });
});

describe("API keys open only the bundle routes", () => {
  const sessionRoutes = routes.filter((route) => ROUTE_TABLE[route.key]?.anonymous === 401 && !ROUTE_TABLE[route.key]?.public && !ROUTE_TABLE[route.key]?.note?.startsWith("API key"));

  it.each(sessionRoutes.map((route) => [route.key, route] as const))("%s refuses a caller with only an API key", async (_key, route) => {
    expectOutcome(await callAs(route, null, { headers: { authorization: `Bearer ${apiKey}` } }), 401, `${route.key} with only an API key`);
  });
});

function fail(route: DiscoveredRoute): never {
  throw new Error(`no row for ${route.key}`);
}
