import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { insertVariable, openPlaceholder } from "@/components/editor/inspector/fields/autocomplete";

describe("{{variable}} autocomplete", () => {
  it("opens after {{ and follows what is typed", () => {
    expect(openPlaceholder("Hi {{", 5)).toEqual({ start: 3, query: "" });
    expect(openPlaceholder("Hi {{ord", 8)).toEqual({ start: 3, query: "ord" });
  });

  it("stays closed without {{, after a closed placeholder, or once something else is typed", () => {
    expect(openPlaceholder("Hi there", 8)).toBeNull();
    expect(openPlaceholder("Hi {{name}} ", 12)).toBeNull();
    expect(openPlaceholder("Hi {{na me", 10)).toBeNull();
    expect(openPlaceholder("Hi {", 4)).toBeNull();
  });

  it("inserts {{name}} and puts the caret after it", () => {
    const text = "Order {{ord is on its way";
    const open = openPlaceholder(text, 11);
    expect(open).not.toBeNull();
    if (!open) return;
    const result = insertVariable(text, 11, open, "order_number");
    expect(result.text).toBe("Order {{order_number}} is on its way");
    expect(result.caret).toBe("Order {{order_number}}".length);
  });

  it("completes inside an existing placeholder without doubling the braces", () => {
    const text = "Hi {{na}}!";
    const open = openPlaceholder(text, 7);
    if (!open) throw new Error("expected an open placeholder");
    expect(insertVariable(text, 7, open, "name").text).toBe("Hi {{name}}!");
  });

  it("always leaves the text around the placeholder untouched", () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !s.includes("{")), fc.stringMatching(/^[a-z_]{0,6}$/), fc.string().filter((s) => !/^[A-Za-z0-9_.]*\}\}/.test(s)), fc.stringMatching(/^[a-z_]{1,10}$/), (before, query, after, name) => {
        const text = `${before}{{${query}${after}`;
        const caret = before.length + 2 + query.length;
        const open = openPlaceholder(text, caret);
        expect(open).toEqual({ start: before.length, query });
        if (!open) return;
        const result = insertVariable(text, caret, open, name);
        expect(result.text).toBe(`${before}{{${name}}}${after}`);
        expect(result.text.slice(0, result.caret)).toBe(`${before}{{${name}}}`);
      }),
    );
  });
});
