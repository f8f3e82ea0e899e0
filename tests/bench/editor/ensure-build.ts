import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildFingerprint, fingerprintFile } from "@/lib/tasks/build-fingerprint";

/** The build folder the benchmark serves from, apart from everyone else's `.next*`. */
export const BENCH_DIST_DIR = ".next-bench";

// What a production build reads (as lib/tasks/build-fingerprint.ts); public/runtime is written by
// the build itself, so it would always look newer.
const INPUTS = ["app", "components", "lib", "db", "public", "package-lock.json", "next.config.js", "tsconfig.json", ".postcssrc.json"];
const SKIP = new Set(["node_modules", "runtime"]);

/**
 * Builds Baton into `.next-bench` when its BUILD_ID is missing or older than the newest source
 * file (unless the fingerprint stamp other benchmarks write there says the build is of exactly
 * these sources), so the benchmark never measures stale code and never rebuilds for nothing.
 * Other benchmarks build into the same folder: while one holds it (Next's `lock` file, no
 * BUILD_ID) this waits, and a build clobbered by another is retried; bounded at 5 minutes.
 * Writes the fingerprint stamp after building so the others do not rebuild either.
 */
export async function ensureBenchBuild(root: string): Promise<{ built: boolean; seconds: number }> {
  const dist = path.join(root, BENCH_DIST_DIR);
  const started = performance.now();
  const deadline = Date.now() + 300_000;
  let built = false;
  while (!isCurrent(root, dist)) {
    if (Date.now() > deadline) throw new Error(`could not get a current build into ${BENCH_DIST_DIR} within 5 minutes`);
    if (fs.existsSync(path.join(dist, "lock")) && !fs.existsSync(path.join(dist, "BUILD_ID"))) {
      await new Promise((resolve) => setTimeout(resolve, 5_000)); // someone else is building here
      continue;
    }
    try {
      await run("npm", ["run", "build"], root, { NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" });
      if (fs.existsSync(path.join(dist, "BUILD_ID"))) fs.writeFileSync(fingerprintFile(dist), buildFingerprint(root));
      built = true;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10_000)); // e.g. another build held the folder
    }
  }
  return { built, seconds: (performance.now() - started) / 1000 };
}

function isCurrent(root: string, dist: string): boolean {
  const buildId = path.join(dist, "BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  if (fs.statSync(buildId).mtimeMs > newestSource(root)) return true;
  const stamp = fingerprintFile(dist);
  return fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === buildFingerprint(root);
}

function newestSource(root: string): number {
  let newest = 0;
  const visit = (file: string) => {
    if (!fs.existsSync(file)) return;
    const stat = fs.statSync(file);
    if (!stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      return;
    }
    for (const entry of fs.readdirSync(file)) {
      if (!SKIP.has(entry) && !entry.startsWith(".next")) visit(path.join(file, entry));
    }
  };
  for (const input of INPUTS) visit(path.join(root, input));
  return newest;
}

function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output}`))));
  });
}
