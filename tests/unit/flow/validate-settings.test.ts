import { describe, expect, it } from "vitest";
import { validate } from "@/lib/flow";
import { cleanFlow } from "./build";
import { expectNoProblem, expectOneProblem, problemsWith } from "./expect-problems";

describe("validate: settings that point at nodes", () => {
  it("reports a live-agent node that does not exist", () => {
    const document = cleanFlow();
    document.settings = { liveAgent: { handoffNodeId: "gone" } };
    expectOneProblem(document, "setting_missing_node", { severity: "error" });
  });

  it("requires the live-agent node to be a Handoff and the default fallback to be a Fallback", () => {
    const document = cleanFlow();
    document.settings = { liveAgent: { handoffNodeId: "ticket" }, defaultFallbackNodeId: "status" };
    const wrong = problemsWith(document, "setting_wrong_kind");
    expect(wrong.map((item) => item.nodeId)).toEqual(["status", "ticket"]);
    expect(wrong[1]?.hint).toContain("liveAgent.handoffNodeId");
    document.settings = { liveAgent: { handoffNodeId: "handoff" }, defaultFallbackNodeId: "retry" };
    expectNoProblem(document, "setting_wrong_kind");
  });

  it("lets the error handler be any node, but an existing one", () => {
    const document = cleanFlow();
    document.settings = { ...document.settings, errorHandlerNodeId: "status" };
    expect(validate(document)).toEqual([]);
    document.settings = { ...document.settings, errorHandlerNodeId: "missing" };
    expectOneProblem(document, "setting_missing_node", { severity: "error" });
  });
});

describe("validate: live-agent requests (user_request)", () => {
  it("warns when requests are off without a reason, and accepts a reason", () => {
    const document = cleanFlow();
    document.settings = { liveAgent: { enabled: false, handoffNodeId: "handoff" } };
    expectOneProblem(document, "live_agent_disabled_without_reason", { severity: "warning" });
    document.settings = { liveAgent: { enabled: false, handoffNodeId: "handoff", disabledReason: "Night shift bot only" } };
    expectNoProblem(document, "live_agent_disabled_without_reason");
  });

  it("is an error to accept requests with no Handoff node to take them", () => {
    const document = cleanFlow();
    document.nodes = document.nodes.filter((item) => item.id !== "handoff");
    document.edges = document.edges.filter((item) => item.source !== "handoff" && item.target !== "handoff");
    document.settings = {};
    expectOneProblem(document, "live_agent_without_handoff", { severity: "error" });
    expectNoProblem(document, "no_handoff");
  });

  it("warns about a flow that never hands off at all", () => {
    const document = cleanFlow();
    document.nodes = document.nodes.filter((item) => item.id !== "handoff");
    document.edges = document.edges.filter((item) => item.source !== "handoff" && item.target !== "handoff");
    document.settings = { liveAgent: { enabled: false, disabledReason: "FAQ bot" } };
    expectOneProblem(document, "no_handoff", { severity: "warning" });
    expectNoProblem(document, "live_agent_without_handoff");
    expectNoProblem(cleanFlow(), "no_handoff");
  });
});

describe("validate: queues", () => {
  it("reports a Handoff routed to an undeclared queue", () => {
    const document = cleanFlow();
    const handoff = document.nodes.find((item) => item.id === "handoff");
    if (handoff) handoff.config.queue = "vip";
    const found = expectOneProblem(document, "unknown_queue", { nodeId: "handoff", severity: "error" });
    expect(found.hint).toContain("support");
    document.settings = { ...document.settings, queues: ["support", "vip"] };
    expectNoProblem(document, "unknown_queue");
  });

  it("reports Ticket queues, routing-rule queues and a default queue that are not declared", () => {
    const document = cleanFlow();
    const ticket = document.nodes.find((item) => item.id === "ticket");
    if (ticket) ticket.config.queue = "tickets";
    document.settings = {
      ...document.settings,
      defaultQueue: "general",
      routing: [{ queue: "billing", when: { "==": [{ var: "intent" }, "refund"] }, label: "refunds" }],
    };
    const found = problemsWith(document, "unknown_queue");
    expect(found.map((item) => item.nodeId ?? item.message.slice(0, 20))).toEqual([
      'The default queue "g',
      'Routing rule "refund',
      "ticket",
    ]);
    document.settings = { ...document.settings, queues: ["support", "general", "billing", "tickets"] };
    expectNoProblem(document, "unknown_queue");
  });

  it("accepts an empty node queue (routing rules and the default queue decide)", () => {
    const document = cleanFlow();
    const handoff = document.nodes.find((item) => item.id === "handoff");
    if (handoff) handoff.config.queue = "";
    expectNoProblem(document, "unknown_queue");
  });
});
