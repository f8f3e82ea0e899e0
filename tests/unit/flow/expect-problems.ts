import { expect } from "vitest";
import { validate, type Problem } from "@/lib/flow";

/** The problems `validate` reports with `code`. */
export function problemsWith(document: unknown, code: Problem["code"]): Problem[] {
  return validate(document).filter((item) => item.code === code);
}

/** Asserts that `document` has exactly one `code` problem, at the given node / port and severity. */
export function expectOneProblem(
  document: unknown,
  code: Problem["code"],
  at: { nodeId?: string; port?: string; severity: Problem["severity"] },
): Problem {
  const found = problemsWith(document, code);
  expect(found, JSON.stringify(validate(document), null, 1)).toHaveLength(1);
  const [item] = found;
  expect(item).toMatchObject({ code, severity: at.severity });
  expect(item?.nodeId).toBe(at.nodeId);
  expect(item?.port).toBe(at.port);
  expect(item?.message.length).toBeGreaterThan(10);
  expect(item?.hint.length).toBeGreaterThan(10);
  if (!item) throw new Error("unreachable: length checked above");
  return item;
}

/** Asserts that `document` has no problem with `code`. */
export function expectNoProblem(document: unknown, code: Problem["code"]): void {
  expect(problemsWith(document, code)).toEqual([]);
}
