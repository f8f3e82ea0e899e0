import { describe, expect, it } from "vitest";
import { parseJsonText } from "@/components/editor/inspector/condition/json-text";
import { attemptHint, setAttemptMessage } from "@/components/editor/inspector/fallback-attempts";
import { moveItem } from "@/components/editor/inspector/fields/move-item";
import { parseLines } from "@/components/editor/inspector/fields/parse-lines";
import { humanDuration } from "@/components/editor/inspector/handoff/human-duration";
import { portTargets } from "@/components/editor/inspector/handoff/port-targets";
import { invalidPattern } from "@/components/editor/inspector/intent/pattern-errors";

describe("handoff wait hint", () => {
  it("writes seconds the way people say them", () => {
    expect(humanDuration(120)).toBe("2 min");
    expect(humanDuration(150)).toBe("2 min 30 s");
    expect(humanDuration(45)).toBe("45 s");
    expect(humanDuration(5400)).toBe("1 h 30 min");
    expect(humanDuration(3661)).toBe("1 h 1 min");
    expect(humanDuration(Number.NaN)).toBe("");
  });
});

describe("fallback reprompts, one per attempt", () => {
  it("fills an attempt beyond the written ones and drops empty trailing attempts", () => {
    expect(setAttemptMessage(["Sorry?"], 1, "Try: order status, refund")).toEqual(["Sorry?", "Try: order status, refund"]);
    expect(setAttemptMessage(["Sorry?", "Try again"], 1, "")).toEqual(["Sorry?"]);
    // an empty attempt in the middle stays, so the schema can point at it
    expect(setAttemptMessage(["a", "b", "c"], 1, "")).toEqual(["a", "", "c"]);
  });

  it("escalates its hint towards offering another way on the last attempt", () => {
    expect(attemptHint(0, 3)).toMatch(/rephrase/i);
    expect(attemptHint(2, 3)).toMatch(/person/);
  });
});

describe("small editing helpers", () => {
  it("moves list items up and down, clamped to the list", () => {
    expect(moveItem(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b"], 1, 5)).toEqual(["a", "b"]);
  });

  it("reads one entry per non-blank line", () => {
    expect(parseLines(" where is my order \n\n track parcel\n")).toEqual(["where is my order", "track parcel"]);
  });

  it("explains typed JSON that does not parse, and allows blank only where asked", () => {
    expect(parseJsonText('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonText("{a: 1}").ok).toBe(false);
    expect(parseJsonText("  ")).toEqual({ ok: false, error: "Write a JSON value" });
    expect(parseJsonText("", true)).toEqual({ ok: true, value: undefined });
  });

  it("names the intent pattern that is not a valid regular expression", () => {
    expect(invalidPattern(["order\\s+\\d+", "(unclosed"])).toMatch(/“\(unclosed” is not a valid pattern/);
    expect(invalidPattern(["^refund"])).toBeNull();
  });

  it("finds where each port of a node leads", () => {
    const nodes = [
      { id: "h", kind: "handoff" as const, position: { x: 0, y: 0 }, config: { queue: "", priority: "normal" as const, contextVariables: [], summary: "", waitTimeoutSec: 120, messages: { connecting: "", connected: "", unavailable: "" } } },
      { id: "t", kind: "ticket" as const, position: { x: 0, y: 0 }, config: { queue: "", askEmail: "", askDescription: "", invalidEmail: "", confirmation: "" } },
    ];
    const targets = portTargets({ nodes, edges: [{ id: "h:unavailable", source: "h", sourcePort: "unavailable", target: "t" }] }, "h");
    expect(targets.get("unavailable")?.id).toBe("t");
    expect(targets.has("resolved")).toBe(false);
  });
});
