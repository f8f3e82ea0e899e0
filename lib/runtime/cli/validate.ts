import { validateBundle } from "../validate-bundle";
import { readJson } from "./load";

/** `baton validate <bundle.json> [--json]`: lists problems; exit code 1 when any is an error. */
export function validateCommand(args: string[], print: (line: string) => void): number {
  const path = args.find((arg) => !arg.startsWith("--"));
  if (!path) {
    print("usage: baton validate <bundle.json> [--json]");
    return 2;
  }
  const read = readJson(path);
  if ("error" in read) {
    print(`error: ${read.error}`);
    return 1;
  }
  const problems = validateBundle(read.value);
  const errors = problems.filter((problem) => problem.severity === "error").length;
  if (args.includes("--json")) {
    print(JSON.stringify({ ok: errors === 0, problems }, null, 2));
    return errors ? 1 : 0;
  }
  for (const problem of problems) {
    print(`${problem.severity.padEnd(7)} ${problem.nodeId ? `[${problem.nodeId}] ` : ""}${problem.message}`);
    if (problem.hint) print(`        → ${problem.hint}`);
  }
  const warnings = problems.length - errors;
  print(`${path}: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`);
  return errors ? 1 : 0;
}
