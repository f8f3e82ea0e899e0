import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatLiteral, formatLiteralList, parseLiteral, parseLiteralList } from "@/components/editor/inspector/condition/literal";

describe("literal values typed in the builder", () => {
  it("reads numbers, booleans and null, and everything else as text", () => {
    expect(parseLiteral("42")).toBe(42);
    expect(parseLiteral("true")).toBe(true);
    expect(parseLiteral("null")).toBeNull();
    expect(parseLiteral("pro")).toBe("pro");
    expect(parseLiteral('"42"')).toBe("42");
    expect(parseLiteral("1.")).toBe("1.");
  });

  it("shows text plainly and quotes it only when it would read as something else", () => {
    expect(formatLiteral("pro")).toBe("pro");
    expect(formatLiteral("42")).toBe('"42"');
    expect(formatLiteral("true")).toBe('"true"');
    expect(formatLiteral(7)).toBe("7");
  });

  it("round-trips every literal through its text", () => {
    const literal = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)), fc.boolean(), fc.constant(null));
    fc.assert(fc.property(literal, (value) => {
      expect(parseLiteral(formatLiteral(value))).toEqual(value);
    }));
  });

  it("reads a comma-separated list for 'is one of'", () => {
    expect(parseLiteralList("pro, team, 3")).toEqual(["pro", "team", 3]);
    expect(parseLiteralList("  ")).toEqual([]);
    expect(formatLiteralList(["pro", 3, true])).toBe("pro, 3, true");
  });
});
