import type { JsonLogic, JsonValue } from "@/lib/flow";
import { isLiteral, type Literal } from "./literal";

/** Comparisons the builder offers. `contains` is JSONLogic `in` with the variable as haystack. */
export const operators = ["==", "!=", ">", ">=", "<", "<=", "contains", "in", "empty", "missing"] as const;
export type Operator = (typeof operators)[number];

export const operatorLabels: Record<Operator, string> = {
  "==": "is",
  "!=": "is not",
  ">": ">",
  ">=": "≥",
  "<": "<",
  "<=": "≤",
  contains: "contains",
  in: "is one of",
  empty: "is empty",
  missing: "is missing",
};

type BinaryOperator = "==" | "!=" | ">" | ">=" | "<" | "<=";
const binaryOperators: readonly string[] = ["==", "!=", ">", ">=", "<", "<="] satisfies BinaryOperator[];
const isBinary = (key: string): key is BinaryOperator => binaryOperators.includes(key);

/** One line of the builder: `variable operator value`. `in` takes a list; unary operators have no value. */
export type ConditionRow =
  | { variable: string; operator: BinaryOperator | "contains"; value: Literal }
  | { variable: string; operator: "in"; value: Literal[] }
  | { variable: string; operator: "empty" | "missing" };

/** A whole condition in builder form: rows joined by all (and) or any (or). */
export interface ConditionRows {
  join: "all" | "any";
  rows: ConditionRow[];
}

/**
 * Writes builder rows as JSONLogic. No rows is `true` (always); one row under "all" is the bare
 * comparison (what people write by hand); otherwise `{ and: [...] }` / `{ or: [...] }`.
 */
export function logicFromRows({ join, rows }: ConditionRows): JsonLogic {
  const parts = rows.map(logicFromRow);
  const [only] = parts;
  if (parts.length === 0) return true;
  if (parts.length === 1 && only !== undefined && join === "all") return only;
  return join === "all" ? { and: parts } : { or: parts };
}

function logicFromRow(row: ConditionRow): JsonLogic {
  const variable = { var: row.variable };
  switch (row.operator) {
    case "contains":
      return { in: [row.value, variable] };
    case "in":
      return { in: [variable, row.value] };
    case "empty":
      return { "!": variable };
    case "missing":
      return { missing: [row.variable] };
    default:
      return { [row.operator]: [variable, row.value] };
  }
}

/** The row with another operator, keeping as much of its value as still makes sense. */
export function withOperator(row: ConditionRow, operator: Operator): ConditionRow {
  const values: Literal[] = row.operator === "in" ? row.value : "value" in row ? [row.value] : [];
  switch (operator) {
    case "in":
      return { variable: row.variable, operator, value: values };
    case "empty":
    case "missing":
      return { variable: row.variable, operator };
    default:
      return { variable: row.variable, operator, value: values[0] ?? "" };
  }
}

/**
 * Reads JSONLogic back into builder rows, or returns null when the rule is more than the builder
 * can show (nesting, arithmetic, `var` with a default…); the editor then offers the JSON editor.
 */
export function rowsFromLogic(logic: JsonLogic): ConditionRows | null {
  if (logic === true) return { join: "all", rows: [] };
  const entry = singleEntry(logic);
  if (entry && (entry.key === "and" || entry.key === "or") && Array.isArray(entry.args)) {
    const rows = entry.args.map(rowFromLogic);
    if (rows.some((row) => row === null)) return null;
    return { join: entry.key === "and" ? "all" : "any", rows: rows.filter((row): row is ConditionRow => row !== null) };
  }
  const row = rowFromLogic(logic);
  return row ? { join: "all", rows: [row] } : null;
}

function rowFromLogic(logic: JsonValue): ConditionRow | null {
  const entry = singleEntry(logic);
  if (!entry) return null;
  const { key, args } = entry;
  if (key === "!") {
    const variable = varName(args);
    return variable === null ? null : { variable, operator: "empty" };
  }
  if (!Array.isArray(args)) return null;
  if (key === "missing") {
    const [name] = args;
    return args.length === 1 && typeof name === "string" ? { variable: name, operator: "missing" } : null;
  }
  if (args.length !== 2) return null;
  const [left, right] = args;
  if (isBinary(key)) {
    const variable = varName(left);
    return variable !== null && isLiteral(right) ? { variable, operator: key, value: right } : null;
  }
  if (key === "in") {
    const haystack = varName(right);
    if (haystack !== null && isLiteral(left)) return { variable: haystack, operator: "contains", value: left };
    const needle = varName(left);
    if (needle !== null && Array.isArray(right) && right.every(isLiteral)) return { variable: needle, operator: "in", value: right.filter(isLiteral) };
  }
  return null;
}

/** `{ op: args }` with exactly one key, the shape of every JSONLogic operation. */
function singleEntry(value: JsonValue | undefined): { key: string; args: JsonValue } | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const entries = Object.entries(value);
  const [first] = entries;
  if (entries.length !== 1 || first === undefined || first[1] === undefined) return null;
  return { key: first[0], args: first[1] };
}

/** The name in `{ var: "name" }`, or null for anything else (including `var` with a default). */
function varName(value: JsonValue | undefined): string | null {
  const entry = singleEntry(value);
  return entry?.key === "var" && typeof entry.args === "string" ? entry.args : null;
}
