import type { JsonValue } from "./bundle-types";
import { display, lookup } from "./template";

/**
 * The data a rule reads, as a function: the value at a dot path (`lookup` semantics), or all of
 * it for `null`. The interpreter passes one that reads the conversation without copying it.
 */
export type LogicScope = (path: string | null) => JsonValue | undefined;

/** Deeper rules than this evaluate to null: a hand-written rule never needs it, a hostile one stops. */
const MAX_DEPTH = 64;

/** A rule made into a function of its data: the operator tree is read once, not on every turn. */
type Compiled = (data: LogicScope) => JsonValue;

/**
 * Evaluates a JSONLogic rule (https://jsonlogic.com) over `data`. Supports ==, ===, !=, !==, >,
 * >=, <, <=, !, !!, and, or, if, in, var (dot paths, default), missing, +, -, *, /, %, cat, min,
 * max. Never throws: unknown operators and malformed rules evaluate to null.
 */
export function evaluateLogic(rule: JsonValue, data: JsonValue): JsonValue {
  return compile(rule, 0)((path) => (path === null ? data : lookup(data, path)));
}

const compiledRules = new WeakMap<object, Compiled>();

/**
 * `evaluateLogic` over a `LogicScope`, for the bundle's rules (conditions, assignments, routing):
 * each rule object is compiled on first use and kept, as bundles are never changed in place.
 */
export function evaluateIn(rule: JsonValue, data: LogicScope): JsonValue {
  if (rule === null || typeof rule !== "object") return rule;
  let run = compiledRules.get(rule);
  if (!run) compiledRules.set(rule, (run = compile(rule, 0)));
  return run(data);
}

function compile(rule: JsonValue, depth: number): Compiled {
  if (depth > MAX_DEPTH) return () => null;
  if (Array.isArray(rule)) {
    const items = rule.map((item) => compile(item ?? null, depth + 1));
    return (data) => runAll(items, data);
  }
  if (rule === null || typeof rule !== "object") return () => rule;
  const name = onlyKey(rule);
  if (name === undefined) return () => rule;
  const raw = rule[name] ?? null;
  // the usual leaf, { "var": "plan" }: a read, without an argument to evaluate
  if (name === "var" && typeof raw === "string" && raw !== "") return (data) => data(raw) ?? null;
  const args = (Array.isArray(raw) ? raw : [raw]).map((arg) => compile(arg ?? null, depth + 1));
  // `and`, `or` and `if` evaluate only the arguments they need
  if (name === "and" || name === "or") {
    const stopAt = name === "or";
    return (data) => {
      let value: JsonValue = !stopAt;
      for (const arg of args) if (truthy((value = arg(data))) === stopAt) break;
      return value;
    };
  }
  if (name === "if") {
    return (data) => {
      let i = 0;
      for (; i + 1 < args.length; i += 2) if (truthy(args[i]?.(data) ?? null)) return args[i + 1]?.(data) ?? null;
      return i < args.length ? (args[i]?.(data) ?? null) : null;
    };
  }
  const op = OPERATORS.get(name);
  return op ? (data) => op(runAll(args, data), data) : () => null;
}

/** The values of compiled rules, in order (a loop: conditions run every turn). */
function runAll(runs: readonly Compiled[], data: LogicScope): JsonValue[] {
  const values: JsonValue[] = [];
  for (const run of runs) values.push(run(data));
  return values;
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
