import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonValueSchema } from "@/lib/flow";
import { evaluateLogic, interpolate, type JsonValue } from "@/lib/runtime";

const json = fc.jsonValue().map((value) => jsonValueSchema.parse(value));

const data = { plan: "pro", n: 3, customer: { name: "Ada", tags: ["vip"] }, "order.id": 7, empty: "" };

describe("evaluateLogic", () => {
  it.each<[JsonValue, JsonValue]>([
    [{ "==": [1, "1"] }, true],
    [{ "===": [1, "1"] }, false],
    [{ "!=": [{ var: "plan" }, "basic"] }, true],
    [{ "!==": [1, 1] }, false],
    [{ ">": [{ var: "n" }, 2] }, true],
    [{ ">=": [3, 3] }, true],
    [{ "<": [1, 2, 3] }, true],
    [{ "<=": [4, 3] }, false],
    [{ "!": [[]] }, true],
    [{ "!!": ["0"] }, true],
    [{ and: [true, { var: "plan" }] }, "pro"],
    [{ or: [false, 0, "x"] }, "x"],
    [{ if: [{ var: "missing" }, "a", { "==": [1, 1] }, "b", "c"] }, "b"],
    [{ in: ["vip", { var: "customer.tags" }] }, true],
    [{ in: ["ro", "pro"] }, true],
    [{ var: "customer.name" }, "Ada"],
    [{ var: "order.id" }, 7],
    [{ var: ["nope", "fallback"] }, "fallback"],
    [{ missing: ["plan", "nope", "empty"] }, ["nope", "empty"]],
    [{ "+": [1, "2", 3] }, 6],
    [{ "-": [5] }, -5],
    [{ "*": [2, 4] }, 8],
    [{ "/": [1, 0] }, null],
    [{ "%": [7, 4] }, 3],
    [{ cat: ["a", 1, null] }, "a1"],
    [{ min: [3, 1, 2] }, 1],
    [{ max: [] }, null],
    [{ regex_match: ["x"] }, null],
  ])("%j → %j", (rule, expected) => {
    expect(evaluateLogic(rule, data)).toEqual(expected);
  });

  it("never throws on any JSON, and stops on absurd nesting", () => {
    fc.assert(fc.property(json, json, (rule, input) => {
      expect(() => evaluateLogic(rule, input)).not.toThrow();
    }));
    let deep: JsonValue = 1;
    for (let i = 0; i < 10_000; i++) deep = { "!": [deep] };
    expect(typeof evaluateLogic(deep, {})).toBe("boolean");
  });

  it("reads object arguments as their JSON, even one with a \"toString\" key (found by the build's property test)", () => {
    const odd = { toString: false, "": "" };
    expect(evaluateLogic({ var: [odd, "fallback"] }, data)).toBe("fallback");
    expect(evaluateLogic({ in: [odd, "abc"] }, data)).toBe(false);
    expect(evaluateLogic({ missing: [odd] }, data)).toEqual([odd]);
    expect(evaluateLogic({ "+": [odd, 1] }, data)).toBeNull();
  });
});

describe("interpolate", () => {
  it("fills variables, dot paths and JSON; missing is empty", () => {
    expect(interpolate("Hi {{ customer.name }} {{customer.tags}} {{nope}}!", data)).toBe('Hi Ada ["vip"] !');
  });
});
