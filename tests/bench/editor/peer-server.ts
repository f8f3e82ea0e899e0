import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import type { RunningServer } from "./baton-server";
import { freePort } from "./free-port";
import type { PeerGraph } from "./peer-graph";

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>React Flow peer</title>
<link rel="stylesheet" href="/style.css">
<style>html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; }</style>
</head><body><div id="root"></div><script type="module" src="/peer.js"></script></body></html>`;

/**
 * Bundles the peer page (tests/bench/editor/peer/peer-page.tsx) with esbuild — minified, React in
 * production mode — into a temporary folder, and serves it with React Flow's stylesheet on a
 * loopback port. `/graph/<n>.json` answers `graphFor(n)`.
 */
export async function startPeerServer(root: string, graphFor: (nodes: number) => PeerGraph): Promise<RunningServer & { bundleBytes: number }> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-editor-peer-"));
  await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, "tests/bench/editor/peer/peer-page.tsx")],
    outfile: path.join(outDir, "peer.js"),
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  fs.copyFileSync(path.join(root, "node_modules/@xyflow/react/dist/style.css"), path.join(outDir, "style.css"));
  const files: Record<string, { body: Buffer | string; type: string }> = {
    "/": { body: PAGE, type: "text/html; charset=utf-8" },
    "/peer.js": { body: fs.readFileSync(path.join(outDir, "peer.js")), type: "text/javascript; charset=utf-8" },
    "/style.css": { body: fs.readFileSync(path.join(outDir, "style.css")), type: "text/css; charset=utf-8" },
  };
  const graphs = new Map<number, string>();
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://peer").pathname;
    const graphMatch = /^\/graph\/(\d+)\.json$/.exec(pathname);
    if (graphMatch) {
      const nodes = Number(graphMatch[1]);
      const body = graphs.get(nodes) ?? JSON.stringify(graphFor(nodes));
      graphs.set(nodes, body);
      response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" }).end(body);
      return;
    }
    const file = files[pathname];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    // as Next serves its hashed chunks: cached, so repeat loads compare like with like
    response.writeHead(200, { "content-type": file.type, "cache-control": pathname === "/" ? "no-store" : "public, max-age=3600" }).end(file.body);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    baseURL: `http://127.0.0.1:${port}`,
    bundleBytes: fs.statSync(path.join(outDir, "peer.js")).size,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(outDir, { recursive: true, force: true });
    },
  };
}
