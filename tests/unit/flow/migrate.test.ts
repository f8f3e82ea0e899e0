import { describe, expect, it } from "vitest";
import { CURRENT_SCHEMA_VERSION, compileFlow, flowDocumentSchema, migrateDocument, migrations, validate, FlowMigrationError } from "@/lib/flow";
import { v0Prototype } from "@/lib/flow/migrations/v0-prototype";
import { cleanFlow } from "./build";

/** A flow as the prototype saved it: type/data, sourceHandle without ids, phrases at the top. */
function prototypeFlow(): Record<string, unknown> {
  return {
    name: "Prototype support",
    agentPhrases: ["get me a manager", "  "],
    nodes: [
      { id: "start", type: "start", position: { x: 0, y: 0 }, data: {} },
      { id: "hello", type: "message", position: { x: 0, y: 100 }, data: { text: "Hi {{name}}" } },
      { id: "ask", type: "question", position: { x: 0, y: 200 }, data: { prompt: "Your name?", variable: "name" } },
      { id: "retry", type: "fallback", position: { x: 200, y: 200 }, data: { messages: ["Sorry?"] } },
      { id: "human", type: "handoff", position: { x: 0, y: 300 }, data: { queue: "support" } },
      { id: "ticket", type: "ticket", position: { x: 0, y: 400 }, data: {} },
      { id: "bye", type: "end", position: { x: 0, y: 500 }, data: {} },
    ],
    edges: [
      { source: "start", sourceHandle: null, target: "ask" },
      { source: "ask", sourceHandle: "answered", target: "hello", targetHandle: null },
      { source: "ask", sourceHandle: "no_match", target: "retry" },
      { source: "retry", sourceHandle: "exhausted", target: "human" },
      { source: "hello", sourceHandle: null, target: "human" },
      { source: "human", sourceHandle: "unavailable", target: "ticket" },
      { source: "human", sourceHandle: "resolved", target: "bye" },
      { source: "ticket", sourceHandle: "created", target: "bye" },
      { source: "ticket", sourceHandle: "failed", target: "bye" },
    ],
  };
}

describe("migrations", () => {
  it("are ordered steps from 0 up to the current version, each one version at a time", () => {
    expect(migrations.map((step) => [step.from, step.to])).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, from) => [from, from + 1]),
    );
    expect(new Set(migrations.map((step) => step.name)).size).toBe(migrations.length);
  });
});

describe("migration 0→1: the prototype format", () => {
  it("renames type/data to kind/config, sourceHandle to sourcePort, and gives edges ids", () => {
    const upgraded = v0Prototype.up(prototypeFlow());
    expect(upgraded.nodes).toContainEqual({ id: "hello", kind: "message", position: { x: 0, y: 100 }, config: { text: "Hi {{name}}" } });
    expect(upgraded.edges).toContainEqual({ id: "e-ask-answered", source: "ask", sourcePort: "answered", target: "hello" });
  });

  it("uses the kind's only port for the prototype's unnamed handle", () => {
    const upgraded = v0Prototype.up(prototypeFlow());
    expect(upgraded.edges).toContainEqual({ id: "e-start-next", source: "start", sourcePort: "next", target: "ask" });
  });

  it("moves agentPhrases into settings.liveAgent.phrases, dropping blank ones", () => {
    const upgraded = v0Prototype.up(prototypeFlow());
    expect(upgraded.agentPhrases).toBeUndefined();
    expect(upgraded.settings).toEqual({ liveAgent: { phrases: ["get me a manager"] } });
  });

  it("keeps edge ids that exist and never generates a duplicate", () => {
    const flow = prototypeFlow();
    flow.edges = [
      { id: "e-a-next", source: "x", sourceHandle: "ok", target: "y" },
      { source: "a", sourceHandle: "next", target: "b" },
      { source: "a", sourceHandle: "next", target: "c" },
    ];
    const upgraded = v0Prototype.up(flow);
    expect(Array.isArray(upgraded.edges) ? upgraded.edges.map((item: { id: string }) => item.id) : []).toEqual(["e-a-next", "e-a-next-2", "e-a-next-3"]);
  });

  it("does not change its input", () => {
    const flow = prototypeFlow();
    const before = structuredClone(flow);
    v0Prototype.up(flow);
    expect(flow).toEqual(before);
  });
});

describe("migrateDocument", () => {
  it("upgrades a prototype document that then validates clean and compiles", () => {
    const { document, applied } = migrateDocument(prototypeFlow());
    expect(applied).toEqual([v0Prototype.name]);
    expect(document.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(validate(document)).toEqual([]);
    const bundle = compileFlow(flowDocumentSchema.parse(document), { flowId: "proto", version: 1 });
    expect(bundle.nodes.start?.next).toEqual({ next: "ask" });
    expect(bundle.settings.liveAgent.phrases).toEqual(["get me a manager"]);
  });

  it("treats a document without schemaVersion as the prototype format", () => {
    expect(migrateDocument({ ...prototypeFlow(), schemaVersion: 0 }).applied).toHaveLength(1);
  });

  it("leaves a current document alone", () => {
    const current = cleanFlow();
    const { document, applied } = migrateDocument(current);
    expect(applied).toEqual([]);
    expect(document).toEqual(current);
  });

  it("refuses a document from a newer Baton with a clear error", () => {
    expect(() => migrateDocument({ ...cleanFlow(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toThrow(/newer Baton/);
    expect(() => migrateDocument({ ...cleanFlow(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toThrow(FlowMigrationError);
  });

  it("refuses unknown versions and non-objects", () => {
    expect(() => migrateDocument({ schemaVersion: "1" })).toThrow(/Unknown schemaVersion/);
    expect(() => migrateDocument({ schemaVersion: 0.5 })).toThrow(/Unknown schemaVersion/);
    expect(() => migrateDocument([])).toThrow(/JSON object/);
  });
});
