import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, crossSiteProblem } from "@/lib/server/csrf";

function request(method: string, headers: Record<string, string>, url = "http://baton.local:3000/api/flows") {
  return new Request(url, { method, headers: { host: new URL(url).host, ...headers } });
}

describe("same-origin check for cookie-authenticated mutations", () => {
  it("lets reads through whatever their origin", () => {
    expect(crossSiteProblem(request("GET", { origin: "https://evil.example" }))).toBeNull();
  });

  it("accepts a mutation whose Origin is this host", () => {
    expect(crossSiteProblem(request("POST", { origin: "http://baton.local:3000" }))).toBeNull();
    expect(crossSiteProblem(request("DELETE", { "sec-fetch-site": "same-origin" }))).toBeNull();
  });

  it("refuses another site, another port, a null origin from a cross-site frame, and no origin at all", () => {
    const cases: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "http://baton.local:4000" },
      { origin: "null", "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      {},
    ];
    for (const headers of cases) {
      expect(crossSiteProblem(request("PUT", headers)), JSON.stringify(headers)).not.toBeNull();
    }
    let caught: unknown;
    try {
      assertSameOrigin(request("PATCH", { origin: "https://evil.example" }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught instanceof AppError && caught.status).toBe(403);
    expect(caught instanceof AppError && caught.message).toContain("https://evil.example");
  });

  it("exempts API-key and bearer-token requests (browsers never attach those on their own)", () => {
    expect(crossSiteProblem(request("POST", { authorization: "Bearer baton_abc" }))).toBeNull();
    expect(crossSiteProblem(request("POST", { "x-api-key": "baton_abc" }))).toBeNull();
    expect(crossSiteProblem(request("POST", { authorization: "Basic Zm9vOmJhcg==" }))).not.toBeNull();
  });

  it("trusts X-Forwarded-Host only behind a proxy the admin declared", () => {
    const proxied = request("POST", { origin: "https://baton.example.com", "x-forwarded-host": "baton.example.com" }, "http://10.0.0.5:3000/api/flows");
    expect(crossSiteProblem(proxied)).not.toBeNull();
    expect(crossSiteProblem(proxied, { trustProxy: true })).toBeNull();
  });
});
