import { z } from "zod";

/** Any JSON value: variables, webhook bodies and JSONLogic rules are plain JSON. */
export const jsonValueSchema = z.json();
export type JsonValue = z.infer<typeof jsonValueSchema>;

/**
 * A JSONLogic expression (https://jsonlogic.com): `{ "==": [{ "var": "plan" }, "pro"] }`.
 * Kept as plain JSON here; the runtime's evaluator decides what each operator means.
 */
export const jsonLogicSchema = z.json().describe("JSONLogic expression");
export type JsonLogic = z.infer<typeof jsonLogicSchema>;

/** Names of variables: usable in `{{name}}` templates and JSONLogic `{ "var": "name" }`. */
export const variableNameSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_.]*$/, "Use letters, digits, _ and . (not starting with a digit)");
