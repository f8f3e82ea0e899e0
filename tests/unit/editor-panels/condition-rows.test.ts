import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logicFromRows, rowsFromLogic, withOperator, type ConditionRow, type ConditionRows } from "@/components/editor/inspector/condition/condition-rows";

const literal = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)), fc.boolean(), fc.constant(null));
const variable = fc.stringMatching(/^[a-z_][a-z0-9_.]{0,8}$/);
const row: fc.Arbitrary<ConditionRow> = fc.oneof(
  fc.record({ variable, operator: fc.constantFrom("==", "!=", ">", ">=", "<", "<=", "contains" as const), value: literal }),
  fc.record({ variable, operator: fc.constant("in" as const), value: fc.array(literal, { maxLength: 4 }) }),
  fc.record({ variable, operator: fc.constantFrom("empty", "missing" as const) }),
);
const rows: fc.Arbitrary<ConditionRows> = fc.record({ join: fc.constantFrom("all", "any" as const), rows: fc.array(row, { maxLength: 5 }) });

describe("condition builder rows ⇄ JSONLogic", () => {
  it("reads back every condition the builder writes, row for row", () => {
    fc.assert(
      fc.property(rows, (built) => {
        const back = rowsFromLogic(logicFromRows(built));
        // a lone row or no row at all says nothing about all/any: the builder shows "all"
        const join = built.rows.length === 0 ? "all" : built.join;
        expect(back).toEqual({ join, rows: built.rows });
      }),
    );
  });

  it("writes one condition as the bare comparison people write by hand", () => {
    expect(logicFromRows({ join: "all", rows: [{ variable: "plan", operator: "==", value: "pro" }] })).toEqual({ "==": [{ var: "plan" }, "pro"] });
    expect(rowsFromLogic({ "==": [{ var: "plan" }, "pro"] })).toEqual({ join: "all", rows: [{ variable: "plan", operator: "==", value: "pro" }] });
  });

  it("joins rows with and / or", () => {
    const logic = logicFromRows({
      join: "any",
      rows: [
        { variable: "intent", operator: "==", value: "refund" },
        { variable: "total", operator: ">", value: 100 },
      ],
    });
    expect(logic).toEqual({ or: [{ "==": [{ var: "intent" }, "refund"] }, { ">": [{ var: "total" }, 100] }] });
  });

  it("maps contains, is one of, is empty and is missing to the runtime's operators", () => {
    expect(logicFromRows({ join: "all", rows: [{ variable: "last_message", operator: "contains", value: "refund" }] })).toEqual({ in: ["refund", { var: "last_message" }] });
    expect(logicFromRows({ join: "all", rows: [{ variable: "plan", operator: "in", value: ["pro", "team"] }] })).toEqual({ in: [{ var: "plan" }, ["pro", "team"]] });
    expect(logicFromRows({ join: "all", rows: [{ variable: "email", operator: "empty" }] })).toEqual({ "!": { var: "email" } });
    expect(logicFromRows({ join: "all", rows: [{ variable: "email", operator: "missing" }] })).toEqual({ missing: ["email"] });
    expect(logicFromRows({ join: "all", rows: [] })).toBe(true);
  });

  it("gives up (null) on rules the rows cannot show, so the JSON editor takes over", () => {
    expect(rowsFromLogic({ and: [{ or: [{ "==": [{ var: "a" }, 1] }] }] })).toBeNull();
    expect(rowsFromLogic({ "==": [{ var: ["a", 0] }, 1] })).toBeNull();
    expect(rowsFromLogic({ ">": [{ "+": [{ var: "a" }, 1] }, 2] })).toBeNull();
    expect(rowsFromLogic({ "==": [{ var: "a" }, { var: "b" }] })).toBeNull();
    expect(rowsFromLogic("yes")).toBeNull();
  });

  it("keeps the value when the operator changes where it still makes sense", () => {
    const base: ConditionRow = { variable: "plan", operator: "==", value: "pro" };
    expect(withOperator(base, "in")).toEqual({ variable: "plan", operator: "in", value: ["pro"] });
    expect(withOperator(base, "empty")).toEqual({ variable: "plan", operator: "empty" });
    expect(withOperator({ variable: "plan", operator: "in", value: ["a", "b"] }, "!=")).toEqual({ variable: "plan", operator: "!=", value: "a" });
    expect(withOperator({ variable: "plan", operator: "missing" }, ">")).toEqual({ variable: "plan", operator: ">", value: "" });
  });
});
