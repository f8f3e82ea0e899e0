import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { runTestCase } from "../testing/run-test-case";
import type { TestCaseResult } from "../testing/types";
import { loadBundle, readJson } from "./load";

/**
 * `baton test <bundle.json> <case.json|dir>… [--json]`: runs conversation test cases, prints
 * pass/fail per case with the first difference, exit code 1 on any failure.
 */
export async function testCommand(args: string[], print: (line: string) => void): Promise<number> {
  const [bundlePath, ...casePaths] = args.filter((arg) => !arg.startsWith("--"));
  if (!bundlePath || casePaths.length === 0) {
    print("usage: baton test <bundle.json> <case.json|dir>... [--json]");
    return 2;
  }
  const loaded = loadBundle(bundlePath);
  if ("error" in loaded) {
    print(`error: ${loaded.error}`);
    return 1;
  }
  const files = casePaths.flatMap(expand);
  const results: (TestCaseResult & { file: string })[] = [];
  for (const file of files) {
    const read = readJson(file);
    const result: TestCaseResult =
      "error" in read
        ? { name: file, pass: false, failures: [{ step: -1, expected: "a readable test case", actual: read.error }], transcript: [] }
        : await runTestCase(loaded.bundle, read.value);
    results.push({ ...result, file });
  }
  const failed = results.filter((result) => !result.pass);
  if (args.includes("--json")) {
    print(JSON.stringify({ passed: results.length - failed.length, failed: failed.length, results }, null, 2));
    return failed.length || files.length === 0 ? 1 : 0;
  }
  for (const result of results) {
    print(`${result.pass ? "✓" : "✗"} ${result.name}${result.pass ? "" : `  (${result.file})`}`);
    const first = result.failures[0];
    if (!first) continue;
    print(`    ${first.step >= 0 ? `step ${first.step + 1}` : "the case itself"}`);
    print(`      expected: ${first.expected}`);
    print(`      actual:   ${first.actual}`);
    if (result.failures.length > 1) print(`    (+${result.failures.length - 1} more difference${result.failures.length > 2 ? "s" : ""})`);
  }
  print(`${results.length - failed.length} passed, ${failed.length} failed${files.length === 0 ? " (no test cases found)" : ""}`);
  return failed.length || files.length === 0 ? 1 : 0;
}

/** A file as is; a directory as its *.json files, sorted. */
function expand(path: string): string[] {
  try {
    if (!statSync(path).isDirectory()) return [path];
  } catch {
    return [path];
  }
  return readdirSync(path).filter((name) => name.endsWith(".json")).sort().map((name) => join(path, name));
}
