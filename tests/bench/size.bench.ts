import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { fmt } from "./runtime/timing";
import type { Benchmark } from "./types";

const root = process.cwd();
const GOAL_BYTES = 12 * 1024;

/**
 * How big `baton-runtime.mjs` is — the file developers ship to run bundles in their own code —
 * raw, minified and minified + gzip (level 9), next to xstate's core (`createMachine` +
 * `createActor`) built the same way, and the English language pack each bundle carries. Measures only.
 */
const benchmark: Benchmark = {
  name: "size: baton-runtime.mjs",
  async run() {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-size-"));
    try {
      const entry = ["lib/runtime/portable.ts", "lib/runtime/index.ts"].map((file) => path.join(root, file)).find((file) => fs.existsSync(file));
      if (!entry) throw new Error("neither lib/runtime/portable.ts nor lib/runtime/index.ts exists");
      const built = await buildBaton(entry, outDir);
      const raw = await bundle({ entryPoints: [entry] }, false);
      const xstateSource = 'export { createMachine, createActor } from "xstate";';
      const xstate = await bundle({ stdin: { contents: xstateSource, resolveDir: root, loader: "ts" } }, true);
      const xstateRaw = await bundle({ stdin: { contents: xstateSource, resolveDir: root, loader: "ts" } }, false);
      const batonGzip = gzip(built.code);
      const { ENGLISH } = await import("@/lib/runtime/nlu/english");
      const pack = Buffer.from(JSON.stringify(ENGLISH));
      const processRefs = (built.code.toString("utf8").match(/\bprocess\./g) ?? []).length;
      return [
        {
          title: "Size of the portable runtime (bytes)",
          columns: ["artifact", "raw", "minified", "minified + gzip -9", "min+gz KB"],
          rows: [
            ["baton-runtime.mjs", raw.length, built.code.length, batonGzip, fmt(batonGzip / 1024)],
            ["xstate 5 core (createMachine + createActor)", xstateRaw.length, xstate.length, gzip(xstate), fmt(gzip(xstate) / 1024)],
            ["English language pack, in each bundle (JSON)", pack.length, "", gzip(pack), fmt(gzip(pack) / 1024)],
          ],
          notes: [
            `goal: baton-runtime.mjs ≤ 12 KB min+gz — ${fmt(batonGzip / 1024)} KB — ${batonGzip <= GOAL_BYTES ? "met" : "not met"}`,
            `Built by ${built.how} from ${path.relative(root, entry)}; raw = the same entry bundled by esbuild without minifying.`,
            "The interpreter has no words of its own: compile writes the language pack into every bundle (bundle.language), so a host ships the runtime once and the pack with each flow.",
            processRefs === 0
              ? "The built file references no `process` global: it runs in browsers as is."
              : `WARNING: the built file references \`process.\` ${processRefs} time(s) — it will throw in a browser unless guarded.`,
          ],
        },
      ];
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  },
};

export default benchmark;

/** The runtime's own build (lib/tasks/build-runtime.ts) when present, else esbuild --bundle --minify. */
async function buildBaton(entry: string, outDir: string): Promise<{ code: Buffer; how: string }> {
  if (fs.existsSync(path.join(root, "lib/tasks/build-runtime.ts"))) {
    const { buildRuntime } = await import("@/lib/tasks/build-runtime");
    const result = await buildRuntime({ outDir });
    return { code: fs.readFileSync(path.join(result.outDir, "baton-runtime.mjs")), how: "buildRuntime() (lib/tasks/build-runtime.ts)" };
  }
  return { code: await bundle({ entryPoints: [entry] }, true), how: "esbuild --bundle --minify --format=esm (no build-runtime task yet)" };
}

/** One ESM file, no imports left, as a browser or any ESM host would load it. */
async function bundle(input: { entryPoints: string[] } | { stdin: { contents: string; resolveDir: string; loader: "ts" } }, minify: boolean): Promise<Buffer> {
  const result = await build({ ...input, bundle: true, format: "esm", platform: "browser", target: "es2022", minify, legalComments: "none", write: false, logLevel: "silent" });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no output");
  return Buffer.from(file.contents);
}

function gzip(code: Buffer): number {
  return gzipSync(code, { level: 9 }).length;
}
