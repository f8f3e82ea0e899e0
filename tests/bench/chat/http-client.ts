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
  let resets = 0;
  function request(method: string, path: string, options: { body?: unknown; token?: string; timeoutMs?: number } = {}, started = performance.now(), mayRetry = true): Promise<Reply> {
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
      req.on("error", (error: NodeJS.ErrnoException) => {
        // The server closed this idle keep-alive socket (its 5 s timeout) just as we reused it:
        // the request never reached it. Node's documented answer is to send it again, once.
        if (req.reusedSocket && error.code === "ECONNRESET" && mayRetry) {
          resets++;
          resolve(request(method, path, options, started, false));
          return;
        }
        resolve({ status: 0, body: null, ms: performance.now() - started });
      });
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  }
  return {
    request: (method: string, path: string, options: { body?: unknown; token?: string; timeoutMs?: number } = {}) => request(method, path, options),
    close: () => agent.destroy(),
    /** Requests sent again because the server had just closed their idle keep-alive socket. */
    get resets() {
      return resets;
    },
  };
}

export type Client = ReturnType<typeof createClient>;
