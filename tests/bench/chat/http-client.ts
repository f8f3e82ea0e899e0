import http from "node:http";

/** One answered request: status (0 = network error), JSON body, latency in ms. */
export interface Reply {
  status: number;
  body: unknown;
  ms: number;
}

/**
 * A minimal keep-alive JSON client over node:http (loopback only). Sockets are reused across
 * requests so the measurement is the server's work, not TCP handshakes.
 */
export function createClient(base: string, maxSockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  const url = new URL(base);
  function request(method: string, path: string, options: { body?: unknown; token?: string; timeoutMs?: number } = {}): Promise<Reply> {
    const started = performance.now();
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = { accept: "application/json" };
    if (payload !== undefined) {
      headers["content-type"] = "application/json";
      headers["content-length"] = String(Buffer.byteLength(payload));
    }
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    return new Promise((resolve) => {
      const req = http.request({ host: url.hostname, port: url.port, method, path, headers, agent, timeout: options.timeoutMs ?? 10_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let body: unknown = null;
          try {
            body = text ? JSON.parse(text) : null;
          } catch {
            body = text;
          }
          resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - started });
        });
        res.on("error", () => resolve({ status: 0, body: null, ms: performance.now() - started }));
      });
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", () => resolve({ status: 0, body: null, ms: performance.now() - started }));
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  }
  return { request, close: () => agent.destroy() };
}

export type Client = ReturnType<typeof createClient>;
