import type { JsonValue } from "./bundle-types";
import { display, lookup } from "./template";

/**
 * The data a rule reads, as a function: the value at a dot path (`lookup` semantics), or all of
 * it for `null`. The interpreter passes one that reads the conversation without copying it.
 */
export type LogicScope = (path: string | null) => JsonValue | undefined;

/** Deeper rules than this evaluate to null: a hand-written rule never needs it, a hostile one stops. */
const MAX_DEPTH = 64;

/**
 * Evaluates a JSONLogic rule (https://jsonlogic.com) over `data`. Supports ==, ===, !=, !==, >,
 * >=, <, <=, !, !!, and, or, if, in, var (dot paths, default), missing, +, -, *, /, %, cat, min,
 * max. Never throws: unknown operators and malformed rules evaluate to null.
 */
export function evaluateLogic(rule: JsonValue, data: JsonValue, depth = 0): JsonValue {
  return evaluateIn(rule, (path) => (path === null ? data : lookup(data, path)), depth);
}

/** `evaluateLogic` over a `LogicScope`. */
export function evaluateIn(rule: JsonValue, data: LogicScope, depth = 0): JsonValue {
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(rule)) return evaluateEach(rule, data, depth + 1);
  if (rule === null || typeof rule !== "object") return rule;
  const name = onlyKey(rule);
  if (name === undefined) return rule;
  const raw = rule[name] ?? null;
  // the usual leaf, { "var": "plan" }: read it without wrapping and evaluating its argument
  if (name === "var" && typeof raw === "string" && raw !== "") return data(raw) ?? null;
  const args = Array.isArray(raw) ? raw : [raw];
  // `and`, `or` and `if` evaluate only the arguments they need
  if (name === "and" || name === "or") {
    const stopAt = name === "or";
    let value: JsonValue = !stopAt;
    for (const arg of args) if (truthy((value = evaluateIn(arg ?? null, data, depth + 1))) === stopAt) break;
    return value;
  }
  if (name === "if") {
    let i = 0;
    for (; i + 1 < args.length; i += 2) if (truthy(evaluateIn(args[i] ?? null, data, depth + 1))) return evaluateIn(args[i + 1] ?? null, data, depth + 1);
    return i < args.length ? evaluateIn(args[i] ?? null, data, depth + 1) : null;
  }
  const op = OPERATORS.get(name);
  return op ? op(evaluateEach(args, data, depth + 1), data) : null;
}

/** The key of an object with exactly one, else undefined (no array of keys made per rule). */
function onlyKey(rule: { [key: string]: JsonValue }): string | undefined {
  let only: string | undefined;
  for (const key in rule) {
    if (only !== undefined) return undefined;
    only = key;
  }
  return only;
}

/** The values of `items`, in order (a loop, not a closure per rule: conditions run every turn). */
function evaluateEach(items: readonly JsonValue[], data: LogicScope, depth: number): JsonValue[] {
  const values: JsonValue[] = [];
  for (const item of items) values.push(evaluateIn(item ?? null, data, depth));
  return values;
}

/** JSONLogic truthiness: empty arrays and "0"-free JavaScript falsiness. */
export function truthy(value: JsonValue): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

type Op = (values: JsonValue[], data: LogicScope) => JsonValue;

// objects and arrays as JSON: String() and Number() of one throw when it has a "toString" key
const text = (value: JsonValue | undefined): string => (typeof value === "object" && value !== null ? JSON.stringify(value) : String(value));
const num = (value: JsonValue | undefined): number => (typeof value === "number" ? value : Number(value == null ? NaN : text(value)));
const safe = (value: number): JsonValue => (Number.isFinite(value) ? value : null);
const loose = (a: JsonValue | undefined, b: JsonValue | undefined): boolean =>
  a === b || (a != null && b != null && typeof a !== "object" && typeof b !== "object" && a == b);
const compare = (test: (a: number, b: number) => boolean): Op => (values) =>
  values.length > 1 && values.every((value, i) => i === 0 || test(num(values[i - 1]), num(value)));
const fold = (reduce: (a: number, b: number) => number): Op => (values) => (values.length ? safe(values.map(num).reduce(reduce)) : null);

const OPERATORS = new Map<string, Op>(Object.entries({
  "==": ([a, b]) => loose(a, b),
  "===": ([a, b]) => a === b,
  "!=": ([a, b]) => !loose(a, b),
  "!==": ([a, b]) => a !== b,
  ">": compare((a, b) => a > b),
  ">=": compare((a, b) => a >= b),
  "<": compare((a, b) => a < b),
  "<=": compare((a, b) => a <= b),
  "!": ([a]) => !truthy(a ?? null),
  "!!": ([a]) => truthy(a ?? null),
  in: ([needle, haystack]) =>
    typeof haystack === "string" ? haystack.includes(text(needle)) : Array.isArray(haystack) && haystack.some((item) => loose(item, needle)),
  var: ([path, fallback], data) => (path == null || path === "" ? (data(null) ?? null) : (data(text(path)) ?? fallback ?? null)),
  missing: (values, data) =>
    (Array.isArray(values[0]) ? values[0] : values).filter((name) => {
      const value = data(text(name));
      return value == null || value === "";
    }),
  "+": fold((a, b) => a + b),
  "*": fold((a, b) => a * b),
  "-": ([a, b]) => safe(b === undefined ? -num(a) : num(a) - num(b)),
  "/": ([a, b]) => safe(num(a) / num(b)),
  "%": ([a, b]) => safe(num(a) % num(b)),
  cat: (values) => values.map(display).join(""),
  // pairwise min/max is the min/max of all, NaN included
  min: fold((a, b) => Math.min(a, b)),
  max: fold((a, b) => Math.max(a, b)),
} satisfies { [name: string]: Op }));
