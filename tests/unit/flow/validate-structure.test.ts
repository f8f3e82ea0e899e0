import { describe, expect, it } from "vitest";
import { validate } from "@/lib/flow";
import { cleanFlow, edge, node } from "./build";
import { expectNoProblem, expectOneProblem, problemsWith } from "./expect-problems";

describe("validate: the clean reference flow", () => {
  it("has no problems at all", () => {
    expect(validate(cleanFlow())).toEqual([]);
  });
});

describe("validate: schema problems", () => {
  it("reports a bad field with its path and node, and still runs the graph rules", () => {
    const document = cleanFlow();
    const status = document.nodes.find((item) => item.id === "status");
    if (status) status.config.text = "";
    const problems = validate(document);
    const schema = problems.filter((item) => item.code === "schema");
    expect(schema).toHaveLength(1);
    expect(schema[0]).toMatchObject({ nodeId: "status", severity: "error" });
    expect(schema[0]?.hint).toContain("nodes.3.config.text");
    expect(problems[0]?.code).toBe("schema");
    // The broken node is still a node: connections to it are not "unknown".
    expect(problems.some((item) => item.code === "edge_unknown_target")).toBe(false);
  });

  it("reports an unknown node kind once, without zod's union noise", () => {
    const document = cleanFlow();
    document.nodes.push({ id: "mystery", kind: "carousel", position: { x: 0, y: 0 }, config: {} });
    expectOneProblem(document, "unknown_node_kind", { nodeId: "mystery", severity: "error" });
    expect(problemsWith(document, "schema")).toEqual([]);
  });

  it("asks to migrate an older document and refuses a newer one", () => {
    const older = { ...cleanFlow(), schemaVersion: 0 };
    expect(expectOneProblem(older, "schema_version", { severity: "error" }).hint).toContain("migrateDocument");
    const newer = { ...cleanFlow(), schemaVersion: 7 };
    expect(expectOneProblem(newer, "schema_version", { severity: "error" }).message).toContain("newer");
    expectNoProblem(cleanFlow(), "schema_version");
  });

  it("reports a bad setting once, falls back to its default, and keeps checking the rest", () => {
    const document = cleanFlow();
    document.settings = { ...document.settings, noMatchLimit: 0, queues: "support" };
    const problems = validate(document);
    expect(problems.filter((item) => item.code === "schema").map((item) => item.hint)).toEqual([
      expect.stringContaining("settings.noMatchLimit"),
      expect.stringContaining("settings.queues"),
    ]);
    // The live-agent node setting still parsed, so the handoff is still the user_request target.
    expect(problems.filter((item) => item.code !== "schema")).toEqual([]);
  });

  it("keeps checking the graph when one connection is malformed", () => {
    const document = cleanFlow();
    document.edges.push({ id: "", source: "status", sourcePort: "next", target: "bye" });
    const problems = validate(document);
    expect(problems.map((item) => item.code)).toEqual(["schema"]);
    expect(problems[0]).toMatchObject({ nodeId: "status", port: "next" });
  });

  it("says a non-object is not a flow document, and nothing more", () => {
    for (const input of [null, 42, "flow", [], undefined]) {
      expect(validate(input).map((item) => item.code)).toEqual(["schema"]);
    }
  });
});

describe("validate: structure", () => {
  it("requires a Start node", () => {
    const document = cleanFlow();
    document.nodes = document.nodes.filter((item) => item.id !== "start");
    document.edges = document.edges.filter((item) => item.source !== "start");
    expectOneProblem(document, "no_start", { severity: "error" });
    expectNoProblem(cleanFlow(), "no_start");
  });

  it("allows only one Start node", () => {
    const document = cleanFlow();
    document.nodes.push(node("start-2", "start"));
    document.edges.push(edge("start-2", "next", "menu"));
    expectOneProblem(document, "multiple_starts", { nodeId: "start-2", severity: "error" });
  });

  it("reports duplicate node ids", () => {
    const document = cleanFlow();
    document.nodes.push(node("status", "end"));
    expectOneProblem(document, "duplicate_node_id", { nodeId: "status", severity: "error" });
  });

  it("reports connections to and from nodes that do not exist", () => {
    const document = cleanFlow();
    document.edges.push(edge("ghost", "next", "bye"));
    const target = document.edges.find((item) => item.id === "status.next");
    if (target) target.target = "nowhere";
    expectOneProblem(document, "edge_unknown_source", { port: "next", severity: "error" });
    expectOneProblem(document, "edge_unknown_target", { nodeId: "status", port: "next", severity: "error" });
    expectNoProblem(cleanFlow(), "edge_unknown_target");
  });

  it("reports a connection from a port the node does not have (e.g. a renamed intent)", () => {
    const document = cleanFlow();
    document.edges.push(edge("menu", "refund", "bye"));
    const found = expectOneProblem(document, "edge_unknown_port", { nodeId: "menu", port: "refund", severity: "error" });
    expect(found.hint).toContain("order_status");
  });

  it("reports two connections from one port, and duplicate connection ids", () => {
    const document = cleanFlow();
    document.edges.push({ id: "status.next.2", source: "status", sourcePort: "next", target: "menu" });
    expectOneProblem(document, "duplicate_edge_from_port", { nodeId: "status", port: "next", severity: "error" });
    const sameId = cleanFlow();
    sameId.edges.push({ id: "status.next", source: "menu", sourcePort: "no_match", target: "bye" });
    expect(problemsWith(sameId, "duplicate_edge_id")).toHaveLength(1);
  });
});

describe("validate: order", () => {
  it("lists schema problems first, then flow-wide ones, then per node in document order", () => {
    const document = cleanFlow();
    document.name = "";
    document.settings = { liveAgent: { enabled: false } };
    document.edges = document.edges.filter((item) => item.id !== "status.next" && item.id !== "handoff.unavailable");
    const codes = validate(document).map((item) => [item.code, item.nodeId ?? "-"].join("@"));
    expect(codes).toEqual([
      "schema@-",
      "live_agent_disabled_without_reason@-",
      "dead_end@status",
      "handoff_without_unavailable@handoff",
      "unreachable@ticket",
      "unreachable@bye",
    ]);
    expect(validate(document)).toEqual(validate(structuredClone(document)));
  });
});

