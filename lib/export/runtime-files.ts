import { readFile } from "node:fs/promises";
import path from "node:path";

/** One file of the built runtime, as it goes into an export. */
export interface RuntimeFile {
  name: string;
  bytes: Uint8Array;
}

/** The files `npm run build:runtime` writes to public/runtime, all of which an export ships. */
export const RUNTIME_FILE_NAMES = ["baton-runtime.mjs", "baton-runtime.d.ts", "baton-runtime.d.mts", "baton.mjs"] as const;

/** Where the built runtime lives: public/runtime of the app (also served at /runtime/). */
export function runtimeDirectory(): string {
  // BATON_RUNTIME_DIR: read at request time so tests (and unusual deployments) can point elsewhere
  return process.env.BATON_RUNTIME_DIR || path.join(process.cwd(), "public", "runtime");
}

/**
 * Reads the built runtime and CLI. Returns the names that are missing instead when any is (the
 * runtime has not been built on this server: `npm run build:runtime`).
 */
export async function readRuntimeFiles(directory = runtimeDirectory()): Promise<{ files: RuntimeFile[] } | { missing: string[] }> {
  const read = await Promise.all(
    RUNTIME_FILE_NAMES.map(async (name) => {
      try {
        // turbopackIgnore: a runtime path, not a module — don't trace the whole project into the build
        return { name, bytes: new Uint8Array(await readFile(path.join(/*turbopackIgnore: true*/ directory, name))) };
      } catch {
        return { name, bytes: null };
      }
    }),
  );
  const missing = read.filter((file) => file.bytes === null).map((file) => file.name);
  if (missing.length > 0) return { missing };
  return { files: read.flatMap((file) => (file.bytes === null ? [] : [{ name: file.name, bytes: file.bytes }])) };
}
