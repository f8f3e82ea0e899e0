import { describe, expect, it } from "vitest";
import { flowDocumentSchema, type FlowDocument } from "@/lib/flow";
import { autoLayout } from "@/lib/editor/auto-layout";
import { copySelection, parseClipboard, preparePaste } from "@/lib/editor/clipboard";
import { searchNodes } from "@/lib/editor/node-search";

function support(): FlowDocument {
  return flowDocumentSchema.parse({
    schemaVersion: 1,
    name: "Support",
    nodes: [
      { id: "start", kind: "start", position: { x: 0, y: 0 }, config: {} },
      {
        id: "route", kind: "intent", position: { x: 0, y: 0 },
        config: { prompt: "How can I help?", intents: [{ name: "refund" }, { name: "order_status" }] },
      },
      { id: "human", kind: "handoff", position: { x: 0, y: 0 }, config: { queue: "billing" } },
      { id: "ticket", kind: "ticket", position: { x: 0, y: 0 }, config: {} },
      { id: "status", kind: "message", position: { x: 0, y: 0 }, config: { text: "Your parcel is on its way" } },
      { id: "fb", kind: "fallback", position: { x: 0, y: 0 }, config: { messages: ["Sorry?"] } },
    ],
    edges: [
      { id: "a", source: "start", sourcePort: "next", target: "route" },
      { id: "b", source: "route", sourcePort: "refund", target: "human" },
      { id: "c", source: "route", sourcePort: "order_status", target: "status" },
      { id: "d", source: "route", sourcePort: "no_match", target: "fb" },
      { id: "e", source: "human", sourcePort: "unavailable", target: "ticket" },
      { id: "f", source: "fb", sourcePort: "retry", target: "route" },
    ],
  });
}

describe("copy and paste", () => {
  it("round-trips through clipboard text and pastes with fresh ids, inner edges and an offset", () => {
    const doc = support();
    const payload = copySelection(doc, ["human", "ticket", "status"]);
    const parsed = parseClipboard(JSON.stringify(payload));
    expect(parsed?.nodes).toHaveLength(3);
    expect(parsed?.edges.map((e) => e.id)).toEqual(["e"]); // only edges among the copied nodes
    if (!parsed) return;
    const pasted = preparePaste(doc, parsed, { x: 32, y: 32 });
    const ids = new Set(doc.nodes.map((n) => n.id));
    expect(pasted.nodes.every((n) => !ids.has(n.id))).toBe(true);
    const [edge] = pasted.edges;
    expect(edge?.source).toBe(pasted.nodes[0]?.id);
    expect(edge?.target).toBe(pasted.nodes[1]?.id);
    expect(pasted.nodes[0]?.position).toEqual({ x: 32, y: 32 });
  });

  it("never pastes a second Start node", () => {
    const doc = support();
    const payload = copySelection(doc, ["start", "route"]);
    if (!payload) throw new Error("nothing copied");
    const pasted = preparePaste(doc, payload, { x: 0, y: 0 });
    expect(pasted.nodes.map((n) => n.kind)).toEqual(["intent"]);
    expect(pasted.edges).toEqual([]);
  });

  it("ignores clipboard text that is not Baton nodes", () => {
    expect(parseClipboard("hello")).toBeNull();
    expect(parseClipboard(JSON.stringify({ nodes: [] }))).toBeNull();
  });
});

describe("auto-layout", () => {
  it("keeps every node and edge, lays out left to right and keeps port order", async () => {
    const doc = support();
    const laidOut = await autoLayout(doc, new Map());
    expect(laidOut.edges).toBe(doc.edges);
    expect(laidOut.nodes.map((n) => n.id)).toEqual(doc.nodes.map((n) => n.id));
    const at = (id: string) => laidOut.nodes.find((n) => n.id === id)?.position ?? { x: NaN, y: NaN };
    expect(at("start").x).toBeLessThan(at("route").x);
    expect(at("route").x).toBeLessThan(at("human").x);
    expect(at("human").x).toBeLessThan(at("ticket").x);
    // refund is the intent's first port, order_status its second: their targets keep that order
    expect(at("human").y).toBeLessThan(at("status").y);
    expect(laidOut.nodes.every((n) => n.position.x % 16 === 0 && n.position.y % 16 === 0)).toBe(true);
  });
});

describe("node search", () => {
  it("finds nodes by text, kind and intent name", () => {
    const nodes = support().nodes;
    expect(searchNodes(nodes, "parcel").map((h) => h.id)).toEqual(["status"]);
    expect(searchNodes(nodes, "handoff").map((h) => h.id)).toContain("human");
    expect(searchNodes(nodes, "order_status").map((h) => h.id)).toContain("route");
    expect(searchNodes(nodes, "")).toHaveLength(nodes.length);
  });
});
