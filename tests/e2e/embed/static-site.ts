import http from "node:http";
import type { AddressInfo } from "node:net";

/** A plain website on loopback that embeds Baton's chat: what a customer's site looks like. */
export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves one static HTML page with the embed snippet. With `proxyTo`, the site also forwards
 * `/embed.js` and `/api/*` to that Baton (streaming, so Server-Sent Events pass through): the
 * set-up of a site that serves Baton under its own domain. Without it, the page loads the script
 * from Baton's origin and the chat runs cross-origin.
 */
export async function startStaticSite(options: { snippet: (origin: string) => string; proxyTo?: string }): Promise<StaticSite> {
  const server = http.createServer((request, response) => {
    const url = request.url ?? "/";
    if (options.proxyTo && (url === "/embed.js" || url.startsWith("/api/"))) {
      void proxy(options.proxyTo, request, response);
      return;
    }
    if (url !== "/" && url !== "/index.html") {
      response.writeHead(404).end("not found");
      return;
    }
    const origin = `http://${request.headers.host ?? ""}`;
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Acme shop</title>
<style>body { font-family: Georgia, serif; color: red; } button { background: lime; }</style></head>
<body><h1>Acme shop</h1><p>Welcome to our shop.</p>
${options.snippet(origin)}
</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === "string") throw new Error("the static site did not get a port");
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function proxy(target: string, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk));
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string" && !["host", "connection", "content-length"].includes(name)) headers.set(name, value);
  }
  const controller = new AbortController();
  response.on("close", () => controller.abort());
  try {
    const upstream = await fetch(target + (request.url ?? "/"), {
      method: request.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
      signal: controller.signal,
    });
    const out: Record<string, string> = {};
    upstream.headers.forEach((value, name) => {
      // fetch already decoded and de-chunked the body: drop what described the upstream framing
      if (!["content-encoding", "content-length", "transfer-encoding", "connection", "keep-alive"].includes(name)) out[name] = value;
    });
    response.writeHead(upstream.status, out);
    const reader = upstream.body?.getReader();
    for (;;) {
      const next = reader ? await reader.read() : { done: true, value: undefined };
      if (next.done) break;
      response.write(next.value);
    }
    response.end();
  } catch {
    response.destroy();
  }
}
