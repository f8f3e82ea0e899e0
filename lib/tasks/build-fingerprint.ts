import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = ["app", "components", "lib", "db", "public", "package-lock.json", "next.config.js", "tsconfig.json", ".postcssrc.json"];
const SKIP = new Set(["node_modules", "runtime", ".next"]);

/**
 * A hash of everything a production build depends on. `npm start` rebuilds when it differs from
 * the one stored beside the last build, so a pulled change is never served from a stale build.
 */
export function buildFingerprint(root = process.cwd()): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) addPath(hash, root, path.join(root, input));
  return hash.digest("hex");
}

function addPath(hash: ReturnType<typeof createHash>, root: string, file: string): void {
  if (!fs.existsSync(file)) return;
  const stat = fs.statSync(file);
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(file).sort()) {
      if (!SKIP.has(entry)) addPath(hash, root, path.join(file, entry));
    }
    return;
  }
  hash.update(path.relative(root, file));
  hash.update(fs.readFileSync(file));
}

export function fingerprintFile(distDir: string): string {
  return path.join(distDir, "baton-fingerprint");
}
