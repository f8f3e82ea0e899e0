import { readFileSync } from "node:fs";
import type { RuntimeBundle } from "../bundle-types";
import { ENGLISH } from "../nlu/english";
import { validateBundle } from "../validate-bundle";

/** Reads and parses a JSON file, or explains in one line why it could not. */
export function readJson(path: string): { value: unknown } | { error: string } {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return { error: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    const value: unknown = JSON.parse(text);
    return { value };
  } catch (error) {
    return { error: `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Loads a bundle the runtime can run (its shape checked), or a readable reason it cannot. */
export function loadBundle(path: string): { bundle: RuntimeBundle } | { error: string } {
  const read = readJson(path);
  if ("error" in read) return read;
  const shape = validateBundle(read.value).find((problem) => problem.code === "not_a_bundle");
  if (shape) return { error: `${path}: ${shape.message}. ${shape.hint ?? ""}`.trim() };
  if (!isRuntimeBundle(read.value)) return { error: `${path}: not a runtime bundle` };
  // a bundle from before language packs ran with the English words then built into the interpreter
  return { bundle: { ...read.value, language: (read.value.language as RuntimeBundle["language"] | undefined) ?? ENGLISH } };
}

function isRuntimeBundle(value: unknown): value is RuntimeBundle {
  return !validateBundle(value).some((problem) => problem.code === "not_a_bundle");
}
