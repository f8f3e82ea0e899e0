import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isBlockedAddress } from "@/lib/server/blocked-address";
import { safeFetch, SafeFetchError, type Resolver } from "@/lib/server/safe-fetch";

let server: http.Server;
let port = 0;
let connections = 0;
const seenHosts: string[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    seenHosts.push(request.headers.host ?? "");
    if (request.url === "/big") {
      response.end("x".repeat(5_000));
      return;
    }
    if (request.url === "/redirect") {
      response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data" });
      response.end();
      return;
    }
    response.end(JSON.stringify({ ok: true, method: request.method }));
  });
  server.on("connection", () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server has no port");
  port = address.port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function resolverTo(...addresses: string[]): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (hostname: string) => {
    calls.push(hostname);
    return addresses.map((address) => ({ address, family: address.includes(":") ? (6 as const) : (4 as const) }));
  };
  return Object.assign(resolve, { calls });
}

async function refusal(url: string, resolve: Resolver): Promise<SafeFetchError> {
  try {
    await safeFetch(url, { resolve, allowHosts: [] });
  } catch (error) {
    if (error instanceof SafeFetchError) return error;
    throw error;
  }
  throw new Error(`${url} was not refused`);
}

describe("safeFetch refuses internal targets without connecting", () => {
  it.each([
    ["loopback", () => `http://127.0.0.1:${port}/`],
    ["cloud metadata (link-local)", () => "http://169.254.169.254/latest/meta-data"],
    ["private 10/8", () => "http://10.0.0.1/"],
    ["IPv6 loopback", () => `http://[::1]:${port}/`],
    ["IPv4-mapped IPv6 loopback", () => `http://[::ffff:127.0.0.1]:${port}/`],
    ["decimal IPv4 127.0.0.1", () => `http://2130706433:${port}/`],
    ["0.0.0.0", () => `http://0.0.0.0:${port}/`],
  ])("%s", async (_label, url) => {
    const before = connections;
    const resolve = resolverTo("93.184.216.34");
    const error = await refusal(url(), resolve);
    expect(error.code).toBe("blocked_address");
    expect(resolve.calls).toEqual([]);
    expect(connections).toBe(before);
  });

  it("refuses a name that resolves to loopback (localhost), asking DNS once", async () => {
    const before = connections;
    const resolve = resolverTo("127.0.0.1");
    const error = await refusal(`http://localhost:${port}/`, resolve);
    expect(error.code).toBe("blocked_address");
    expect(resolve.calls).toEqual(["localhost"]);
    expect(connections).toBe(before);
  });

  it("refuses when any of the resolved addresses is private (DNS rebinding with mixed answers)", async () => {
    const error = await refusal("http://hooks.example.com/", resolverTo("93.184.216.34", "192.168.1.10"));
    expect(error.code).toBe("blocked_address");
  });

  it("refuses non-http schemes", async () => {
    expect((await refusal("file:///etc/passwd", resolverTo())).code).toBe("invalid_url");
  });
});

describe("safeFetch to an allow-listed host", () => {
  it("reaches an allow-listed loopback server over real HTTP", async () => {
    const answer = await safeFetch(`http://127.0.0.1:${port}/hook`, { method: "POST", body: "{}", allowHosts: ["127.0.0.1"] });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ ok: true, method: "POST" });
  });

  it("connects to the address it checked while keeping the Host header (pinned DNS)", async () => {
    const resolve = resolverTo("127.0.0.1");
    const answer = await safeFetch(`http://hooks.internal.test:${port}/`, { allowHosts: ["hooks.internal.test"], resolve });
    expect(answer).toMatchObject({ status: 200, address: "127.0.0.1" });
    expect(resolve.calls).toEqual(["hooks.internal.test"]);
    expect(seenHosts.at(-1)).toBe(`hooks.internal.test:${port}`);
  });

  it("does not follow redirects and cuts off oversized answers", async () => {
    const redirect = await safeFetch(`http://127.0.0.1:${port}/redirect`, { allowHosts: ["127.0.0.1"] });
    expect(redirect.status).toBe(302);
    await expect(safeFetch(`http://127.0.0.1:${port}/big`, { allowHosts: ["127.0.0.1"], maxResponseBytes: 1_000 })).rejects.toMatchObject({ code: "too_large" });
  });

  it("gives up after the timeout", async () => {
    const never: Resolver = () => new Promise(() => undefined);
    await expect(safeFetch("http://slow.example.com/", { resolve: never, timeoutMs: 50 })).rejects.toMatchObject({ code: "timeout" });
  });
});

describe("address classification", () => {
  it.each([
    ["127.0.0.1", true],
    ["10.1.2.3", true],
    ["172.16.0.1", true],
    ["172.32.0.1", false],
    ["192.168.0.1", true],
    ["100.64.0.1", true],
    ["169.254.169.254", true],
    ["224.0.0.251", true],
    ["0.0.0.0", true],
    ["::1", true],
    ["fe80::1", true],
    ["fd12:3456::1", true],
    ["ff02::1", true],
    ["::ffff:10.0.0.1", true],
    ["::ffff:7f00:1", true],
    ["8.8.8.8", false],
    ["::ffff:8.8.8.8", false],
    ["2606:4700:4700::1111", false],
    ["not-an-ip", true],
  ])("%s blocked: %s", (address, blocked) => {
    expect(isBlockedAddress(address)).toBe(blocked);
  });
});
