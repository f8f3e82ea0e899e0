import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isBlockedAddress } from "./blocked-address";
import { env } from "./env";

/** One address a host name resolved to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface SafeFetchOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Whole request: DNS, connect, send, read. Default 10 s. */
  timeoutMs?: number;
  /** Bigger responses are cut off with `too_large`. Default 1 MiB. */
  maxResponseBytes?: number;
  /** Hosts that may resolve to private addresses (default: $BATON_WEBHOOK_ALLOWLIST). */
  allowHosts?: readonly string[];
  /** DNS, injectable for tests; default `dns.lookup` with every address. */
  resolve?: Resolver;
}

export interface SafeFetchResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The IP the request actually went to (after the one DNS lookup). */
  address: string;
}

export type SafeFetchErrorCode = "invalid_url" | "blocked_address" | "dns_failed" | "timeout" | "too_large" | "network";

/** Why an outgoing request was refused or failed; `code` is stable for callers to branch on. */
export class SafeFetchError extends Error {
  constructor(
    readonly code: SafeFetchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "SafeFetchError";
  }
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 1024 * 1024;

/**
 * An HTTP(S) request for webhooks that cannot be aimed at Baton's own network (SSRF): the host is
 * resolved once, every address must be public (unless the host is allow-listed), and the
 * connection goes to that exact address while keeping the Host header and TLS SNI — so a DNS
 * answer that changes between check and connect (rebinding) cannot redirect it. Redirects are not
 * followed (the 3xx is returned as is); responses are size-limited; everything has a timeout.
 */
export async function safeFetch(input: string, options: SafeFetchOptions = {}): Promise<SafeFetchResponse> {
  const url = parseTarget(input);
  const hostname = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const allowHosts = (options.allowHosts ?? webhookAllowList()).map((host) => host.toLowerCase());
  const allowed = allowHosts.includes(hostname) || allowHosts.includes(url.host.toLowerCase());
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);

  const [first, ...rest] = await resolveOnce(hostname, options.resolve ?? defaultResolver, deadline);
  const addresses = [first, ...rest];
  if (!allowed) {
    const bad = addresses.find((entry) => isBlockedAddress(entry.address));
    if (bad) throw new SafeFetchError("blocked_address", `Refused to call ${url.host}: it resolves to ${bad.address}, a private or local address. An admin can allow it with BATON_WEBHOOK_ALLOWLIST.`);
  }
  return send(url, first, options, deadline);
}

/** The hosts in $BATON_WEBHOOK_ALLOWLIST (comma-separated). */
export function webhookAllowList(): string[] {
  return env.BATON_WEBHOOK_ALLOWLIST.split(",")
    .map((host) => host.trim())
    .filter(Boolean);
}

function parseTarget(input: string): URL {
  let url: URL;
  try {
    // The WHATWG parser also normalises odd IPv4 forms: http://2130706433/ becomes 127.0.0.1.
    url = new URL(input);
  } catch {
    throw new SafeFetchError("invalid_url", `"${input}" is not a valid URL.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new SafeFetchError("invalid_url", `Only http and https URLs can be called, not ${url.protocol}`);
  return url;
}

async function resolveOnce(hostname: string, resolve: Resolver, deadline: number): Promise<[ResolvedAddress, ...ResolvedAddress[]]> {
  const version = isIP(hostname);
  if (version === 4 || version === 6) return [{ address: hostname, family: version }];
  let addresses: ResolvedAddress[];
  try {
    addresses = await withDeadline(resolve(hostname), deadline, `Looking up ${hostname} took too long.`);
  } catch (error) {
    if (error instanceof SafeFetchError) throw error;
    throw new SafeFetchError("dns_failed", `Could not resolve ${hostname}.`);
  }
  const [first, ...rest] = addresses;
  if (!first) throw new SafeFetchError("dns_failed", `${hostname} has no addresses.`);
  return [first, ...rest];
}

const defaultResolver: Resolver = async (hostname) => {
  const entries = await dnsLookup(hostname, { all: true, verbatim: true });
  return entries.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));
};

function send(url: URL, target: ResolvedAddress, options: SafeFetchOptions, deadline: number): Promise<SafeFetchResponse> {
  // Node asks this instead of DNS: the connection can only go to the address we checked.
  const pinnedLookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const limit = options.maxResponseBytes ?? DEFAULT_MAX_BYTES;
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(url, { method: options.method ?? "GET", headers: options.headers, lookup: pinnedLookup, agent: false });
    const timer = setTimeout(() => request.destroy(new SafeFetchError("timeout", `${url.host} did not answer in time.`)), Math.max(0, deadline - Date.now()));
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error instanceof SafeFetchError ? error : new SafeFetchError("network", `Calling ${url.host} failed: ${error instanceof Error ? error.message : String(error)}`));
    };
    request.on("error", fail);
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.byteLength;
        if (size > limit) {
          fail(new SafeFetchError("too_large", `The answer from ${url.host} is larger than ${limit} bytes.`));
          request.destroy();
          return;
        }
        chunks.push(chunk);
      });
      response.on("error", fail);
      response.on("end", () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8"), address: target.address });
      });
    });
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

function withDeadline<T>(promise: Promise<T>, deadline: number, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new SafeFetchError("timeout", message)), Math.max(0, deadline - Date.now()));
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
