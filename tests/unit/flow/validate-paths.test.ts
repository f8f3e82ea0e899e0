import { describe, expect, it } from "vitest";
import { cleanFlow, edge, node, type TestDocument } from "./build";
import { expectNoProblem, expectOneProblem } from "./expect-problems";

function withoutEdge(document: TestDocument, id: string): TestDocument {
  return { ...document, edges: document.edges.filter((item) => item.id !== id) };
}

describe("validate: the handoff protocol", () => {
  it("a Handoff without an unavailable path is an error", () => {
    const broken = withoutEdge(cleanFlow(), "handoff.unavailable");
    expectOneProblem(broken, "handoff_without_unavailable", { nodeId: "handoff", port: "unavailable", severity: "error" });
    expectNoProblem(cleanFlow(), "handoff_without_unavailable");
  });

  it("warns when the unavailable path never reaches a Ticket or Callback", () => {
    const document = cleanFlow();
    const unavailable = document.edges.find((item) => item.id === "handoff.unavailable");
    if (unavailable) unavailable.target = "bye";
    expectOneProblem(document, "unavailable_without_ticket_or_callback", { nodeId: "handoff", port: "unavailable", severity: "warning" });
  });

  it("accepts an unavailable path that reaches a Callback through other nodes", () => {
    const document = cleanFlow();
    document.nodes.push(node("sorry", "message", { text: "Nobody is free." }), node("call-me", "callback"));
    const unavailable = document.edges.find((item) => item.id === "handoff.unavailable");
    if (unavailable) unavailable.target = "sorry";
    document.edges.push(edge("sorry", "next", "call-me"), edge("call-me", "scheduled", "bye"), edge("call-me", "failed", "ticket"));
    expectNoProblem(document, "unavailable_without_ticket_or_callback");
    expectNoProblem(document, "unreachable");
  });

  it("warns when a Ticket's failed path is unconnected", () => {
    const broken = withoutEdge(cleanFlow(), "ticket.failed");
    expectOneProblem(broken, "failed_unconnected", { nodeId: "ticket", port: "failed", severity: "warning" });
    expectNoProblem(cleanFlow(), "failed_unconnected");
  });

  it("warns when a Callback's failed path is unconnected", () => {
    const document = cleanFlow();
    document.nodes.push(node("call-me", "callback"));
    document.edges = document.edges.map((item) => (item.id === "handoff.unavailable" ? { ...item, target: "call-me" } : item));
    document.edges.push(edge("call-me", "scheduled", "bye"), edge("call-me", "failed", "ticket"));
    expectNoProblem(document, "failed_unconnected");
    expectOneProblem(withoutEdge(document, "call-me.failed"), "failed_unconnected", { nodeId: "call-me", port: "failed", severity: "warning" });
  });
});

describe("validate: dead ends and required paths", () => {
  it("a Message whose next is unconnected is a dead end", () => {
    const broken = withoutEdge(cleanFlow(), "status.next");
    expectOneProblem(broken, "dead_end", { nodeId: "status", port: "next", severity: "error" });
    expectNoProblem(broken, "required_port_unconnected");
    expectNoProblem(cleanFlow(), "dead_end");
  });

  it("a required path left open on a node with other paths is an error on that port", () => {
    const broken = withoutEdge(cleanFlow(), "ask-order.answered");
    expectOneProblem(broken, "required_port_unconnected", { nodeId: "ask-order", port: "answered", severity: "error" });
    expectNoProblem(cleanFlow(), "required_port_unconnected");
  });

  it("a Condition with only one branch connected is an error on the other", () => {
    const document = cleanFlow();
    document.nodes.push(node("is-pro", "condition", { rule: { "==": [{ var: "order_number" }, "1"] } }));
    document.edges = document.edges.map((item) => (item.id === "status.next" ? { ...item, target: "is-pro" } : item));
    document.edges.push(edge("is-pro", "true", "bye"));
    expectOneProblem(document, "required_port_unconnected", { nodeId: "is-pro", port: "false", severity: "error" });
    document.edges.push(edge("is-pro", "false", "bye"));
    expectNoProblem(document, "required_port_unconnected");
  });

  it("warns when a recognised intent leads nowhere", () => {
    const broken = withoutEdge(cleanFlow(), "menu.agent");
    expectOneProblem(broken, "intent_port_unconnected", { nodeId: "menu", port: "agent", severity: "warning" });
  });
});

describe("validate: reachability", () => {
  it("warns about nodes no path leads to", () => {
    const document = cleanFlow();
    document.nodes.push(node("orphan", "message", { text: "Nobody sees me" }));
    document.edges.push(edge("orphan", "next", "bye"));
    expectOneProblem(document, "unreachable", { nodeId: "orphan", severity: "warning" });
    document.edges.push(edge("ask-order", "no_match", "orphan"));
    document.edges = document.edges.filter((item) => !(item.source === "ask-order" && item.target === "retry"));
    expectNoProblem(document, "unreachable");
  });

  it("counts nodes the settings point at (reached by triggers) as reachable", () => {
    const document = withoutEdge(withoutEdge(cleanFlow(), "menu.agent"), "retry.exhausted");
    // The handoff is only reachable as the live-agent node now, and still counts.
    expectNoProblem(document, "unreachable");
    const oops = node("oops", "message", { text: "Something went wrong." });
    document.nodes.push(oops);
    document.edges.push(edge("oops", "next", "bye"));
    expectOneProblem(document, "unreachable", { nodeId: "oops", severity: "warning" });
    document.settings = { ...document.settings, errorHandlerNodeId: "oops" };
    expectNoProblem(document, "unreachable");
  });

  it("without a configured live-agent node, the first Handoff takes user requests and is reachable", () => {
    const document = withoutEdge(withoutEdge(cleanFlow(), "menu.agent"), "retry.exhausted");
    document.settings = {};
    expectNoProblem(document, "unreachable");
  });
});

describe("validate: loops that never wait for input", () => {
  it("reports message → condition → message once, on the loop's first node", () => {
    const document = cleanFlow();
    document.nodes.push(node("check", "condition", { rule: { "==": [{ var: "order_number" }, "1"] } }));
    document.edges = document.edges.map((item) => (item.id === "status.next" ? { ...item, target: "check" } : item));
    document.edges.push(edge("check", "true", "status"), edge("check", "false", "bye"));
    expectOneProblem(document, "loop_without_input", { nodeId: "status", severity: "error" });
  });

  it("reports a node that connects to itself", () => {
    const document = cleanFlow();
    document.edges = document.edges.map((item) => (item.id === "status.next" ? { ...item, target: "status" } : item));
    expectOneProblem(document, "loop_without_input", { nodeId: "status", severity: "error" });
  });

  it("accepts a loop through a node that waits for the user", () => {
    const document = cleanFlow();
    document.edges = document.edges.map((item) => (item.id === "status.next" ? { ...item, target: "menu" } : item));
    expectNoProblem(document, "loop_without_input");
  });

  it("finds loops in long chains without overflowing the stack", () => {
    const document = cleanFlow();
    const count = 10_000;
    for (let i = 0; i < count; i++) document.nodes.push(node(`m${i}`, "message", { text: `step ${i}` }));
    for (let i = 0; i < count; i++) document.edges.push(edge(`m${i}`, "next", `m${(i + 1) % count}`));
    document.edges = document.edges.map((item) => (item.id === "status.next" ? { ...item, target: "m0" } : item));
    expectOneProblem(document, "loop_without_input", { nodeId: "m0", severity: "error" });
  });
});

describe("validate: no-match handling", () => {
  it("warns about an input node with no fallback path and no default fallback", () => {
    const broken = withoutEdge(cleanFlow(), "ask-order.no_match");
    expectOneProblem(broken, "no_fallback", { nodeId: "ask-order", port: "no_match", severity: "warning" });
    broken.settings = { ...broken.settings, defaultFallbackNodeId: "retry" };
    expectNoProblem(broken, "no_fallback");
  });

  it("warns about a Fallback node that no no_match path leads to", () => {
    const document = cleanFlow();
    document.nodes.push(node("lonely", "fallback"));
    document.edges.push(edge("status", "next", "lonely"));
    document.edges = document.edges.filter((item) => item.id !== "status.next" || item.target === "lonely");
    expectOneProblem(document, "fallback_not_from_no_match", { nodeId: "lonely", severity: "warning" });
    document.settings = { ...document.settings, defaultFallbackNodeId: "lonely" };
    expectNoProblem(document, "fallback_not_from_no_match");
  });
});

describe("validate: messages are for designers", () => {
  it("names the node and the path in plain words", () => {
    const found = expectOneProblem(withoutEdge(cleanFlow(), "handoff.unavailable"), "handoff_without_unavailable", {
      nodeId: "handoff",
      port: "unavailable",
      severity: "error",
    });
    expect(found.message).toContain('Handoff "handoff"');
    expect(found.hint).toMatch(/Ticket or Callback/);
  });
});
