import { describe, expect, it } from "vitest";
import { filterSuggestions, knownVariables } from "@/components/editor/inspector/fields/variable-suggestions";
import { flowDocumentSchema } from "@/lib/flow";

const doc = flowDocumentSchema.parse({
  schemaVersion: 1,
  name: "Orders",
  variables: [{ name: "plan", description: "Customer plan" }],
  nodes: [
    { id: "start", kind: "start", position: { x: 0, y: 0 }, config: {} },
    { id: "ask", kind: "question", position: { x: 0, y: 0 }, config: { prompt: "Order number?", variable: "order_number" } },
    { id: "set", kind: "set", position: { x: 0, y: 0 }, config: { assignments: [{ variable: "attempts", value: 0 }, { variable: "plan", value: "pro" }] } },
    { id: "call", kind: "webhook", position: { x: 0, y: 0 }, config: { url: "https://x.test", saveAs: "order" } },
  ],
});

describe("variable suggestions", () => {
  it("offers declared variables, those written by nodes, then the built-ins, each once", () => {
    const names = knownVariables(doc).map((variable) => variable.name);
    expect(names.slice(0, 4)).toEqual(["plan", "order_number", "attempts", "order"]);
    for (const builtIn of ["ticket_ref", "callback_ref", "callback_slot", "agent", "position", "wait", "intent", "trigger", "last_message", "handoff_note", "email", "phone", "description"]) {
      expect(names).toContain(builtIn);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it("says where a variable comes from", () => {
    const byName = new Map(knownVariables(doc).map((variable) => [variable.name, variable]));
    expect(byName.get("plan")).toMatchObject({ source: "declared", detail: "Customer plan" });
    expect(byName.get("order_number")).toMatchObject({ source: "question" });
    expect(byName.get("order")).toMatchObject({ source: "webhook" });
    expect(byName.get("ticket_ref")).toMatchObject({ source: "built-in" });
  });

  it("lists names starting with what was typed before names merely containing it", () => {
    const names = filterSuggestions(knownVariables(doc), "or").map((variable) => variable.name);
    expect(names.slice(0, 2)).toEqual(["order_number", "order"]);
    expect(filterSuggestions(knownVariables(doc), "REF").map((variable) => variable.name)).toEqual(["ticket_ref", "callback_ref"]);
    expect(filterSuggestions(knownVariables(doc), "", 3)).toHaveLength(3);
  });
});
