import type { JsonLogic } from "../json";
import { isRecord } from "./is-record";

/** The JSONLogic operators the runtime evaluates; anything else is an error at validation time. */
export const supportedOperators = [
  "==", "===", "!=", "!==", ">", ">=", "<", "<=", "!", "!!", "and", "or", "if", "in", "var",
  "missing", "+", "-", "*", "/", "%", "cat", "min", "max",
] as const;

const supported = new Set<string>(supportedOperators);

/**
 * Walks a JSONLogic rule: reports every operator outside the supported set and every variable it
 * reads (`{"var": "name"}`, `{"var": ["name", default]}`, `{"missing": ["a", "b"]}`).
 */
export function inspectJsonLogic(rule: JsonLogic): { unsupported: string[]; variables: string[] } {
  const unsupported: string[] = [];
  const variables: string[] = [];
  const visit = (value: JsonLogic) => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!isRecord(value)) return;
    const keys = Object.keys(value);
    // A one-key object is an operation; anything else is data and only its values are walked.
    const operator = keys.length === 1 ? keys[0] : undefined;
    if (operator !== undefined && !supported.has(operator) && !unsupported.includes(operator)) unsupported.push(operator);
    const args = operator === undefined ? undefined : value[operator];
    if (operator === "var") readVariables(args, variables, 1);
    if (operator === "missing") readVariables(args, variables, Infinity);
    for (const key of keys) {
      const child = value[key];
      if (child !== undefined) visit(child);
    }
  };
  visit(rule);
  return { unsupported, variables };
}

function readVariables(args: JsonLogic | undefined, into: string[], count: number): void {
  const names = Array.isArray(args) ? args.slice(0, count) : [args];
  for (const name of names) {
    if (typeof name === "string" && name !== "" && !into.includes(name)) into.push(name);
  }
}
