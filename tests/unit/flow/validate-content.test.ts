import { describe, expect, it } from "vitest";
import { findTemplateVariables, supportedOperators } from "@/lib/flow";
import { cleanFlow, edge, node, type TestDocument } from "./build";
import { expectNoProblem, expectOneProblem, problemsWith } from "./expect-problems";

function setConfig(document: TestDocument, id: string, config: Record<string, unknown>): TestDocument {
  const target = document.nodes.find((item) => item.id === id);
  if (target) target.config = { ...target.config, ...config };
  return document;
}

function menuIntents(document: TestDocument, intents: unknown[]): TestDocument {
  return setConfig(document, "menu", { intents });
}

describe("findTemplateVariables", () => {
  it("finds each {{name}} once, in order, tolerating spaces and dotted paths", () => {
    expect(findTemplateVariables("Hi {{ name }}, order {{order.id}} for {{name}}; {{not valid}} {{1x}}")).toEqual(["name", "order.id"]);
    expect(findTemplateVariables("no variables")).toEqual([]);
  });
});

describe("validate: unknown variables", () => {
  it("warns about a {{variable}} in a message that nothing sets", () => {
    const document = setConfig(cleanFlow(), "status", { text: "Order {{order_numbr}} is on its way." });
    const found = expectOneProblem(document, "unknown_variable", { nodeId: "status", severity: "warning" });
    expect(found.message).toContain("order_numbr");
  });

  it("accepts declared variables, variables stored by nodes, dotted paths into them, and built-ins", () => {
    const document = setConfig(cleanFlow(), "status", {
      text: "{{plan}} {{order_number}} {{lookup.status}} {{ticket_ref}} {{agent}} {{ticket_email}} {{last_message}}",
    });
    document.variables = [{ name: "plan", initial: "basic" }];
    document.nodes.push(node("call-api", "webhook", { url: "https://x.test/{{order_number}}", saveAs: "lookup" }));
    document.edges = document.edges.map((item) => (item.id === "ask-order.answered" ? { ...item, target: "call-api" } : item));
    document.edges.push(edge("call-api", "ok", "status"));
    expectNoProblem(document, "unknown_variable");
  });

  it("warns about {\"var\": name} in JSONLogic, in nodes and in routing rules", () => {
    const document = cleanFlow();
    document.nodes.push(node("check", "condition", { rule: { and: [{ "==": [{ var: "tier" }, "gold"] }, { var: ["order_number", 0] }] } }));
    document.edges = document.edges.map((item) => (item.id === "status.next" ? { ...item, target: "check" } : item));
    document.edges.push(edge("check", "true", "bye"), edge("check", "false", "bye"));
    document.settings = { ...document.settings, routing: [{ queue: "support", when: { missing: ["vip_flag"] } }] };
    const found = problemsWith(document, "unknown_variable");
    expect(found.map((item) => [item.nodeId, item.message.match(/"([^"]+)", which/)?.[1]])).toEqual([
      [undefined, "vip_flag"],
      ["check", "tier"],
    ]);
  });

  it("warns about Handoff context variables nothing sets", () => {
    const document = setConfig(cleanFlow(), "handoff", { contextVariables: ["order_number", "account_id"] });
    expect(expectOneProblem(document, "unknown_variable", { nodeId: "handoff", severity: "warning" }).message).toContain("account_id");
  });
});

describe("validate: intents", () => {
  const base = { examples: ["hello"], keywords: [], patterns: [] };

  it("reports a pattern that is not a valid regular expression, on the intent's port", () => {
    const document = menuIntents(cleanFlow(), [
      { name: "order_status", examples: [], keywords: [], patterns: ["order (\\d+"] },
      { name: "agent", ...base },
    ]);
    expectOneProblem(document, "invalid_pattern", { nodeId: "menu", port: "order_status", severity: "error" });
    expectNoProblem(cleanFlow(), "invalid_pattern");
  });

  it("reports an intent name used twice in one node", () => {
    const document = menuIntents(cleanFlow(), [
      { name: "order_status", ...base },
      { name: "agent", ...base },
      { name: "agent", examples: ["person"], keywords: [], patterns: [] },
    ]);
    expectOneProblem(document, "duplicate_intent", { nodeId: "menu", port: "agent", severity: "error" });
  });

  it("warns about an intent with nothing to recognise it by", () => {
    const document = menuIntents(cleanFlow(), [
      { name: "order_status", ...base },
      { name: "agent", examples: [], keywords: [], patterns: [] },
    ]);
    expectOneProblem(document, "empty_intent", { nodeId: "menu", port: "agent", severity: "warning" });
  });
});

describe("validate: JSONLogic operators", () => {
  it("reports an operator outside the supported set in a condition", () => {
    const document = cleanFlow();
    document.nodes.push(node("check", "condition", { rule: { regex_match: [{ var: "order_number" }, "^A"] } }));
    document.edges = document.edges.map((item) => (item.id === "status.next" ? { ...item, target: "check" } : item));
    document.edges.push(edge("check", "true", "bye"), edge("check", "false", "bye"));
    const found = expectOneProblem(document, "unsupported_operator", { nodeId: "check", severity: "error" });
    expect(found.message).toContain("regex_match");
    setConfig(document, "check", { rule: { "==": [{ var: "order_number" }, "A1"] } });
    expectNoProblem(document, "unsupported_operator");
  });

  it("reports an unsupported operator nested in a routing rule", () => {
    const document = cleanFlow();
    document.settings = { ...document.settings, routing: [{ queue: "support", when: { or: [{ some: [[1], { var: "" }] }, true] } }] };
    expectOneProblem(document, "unsupported_operator", { severity: "error" });
  });

  it("accepts every supported operator", () => {
    const document = cleanFlow();
    const rule = { and: supportedOperators.map((operator) => ({ [operator]: [1, 2] })) };
    document.settings = { ...document.settings, routing: [{ queue: "support", when: rule }] };
    expectNoProblem(document, "unsupported_operator");
  });
});
