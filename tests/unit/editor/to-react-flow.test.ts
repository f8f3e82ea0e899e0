import { describe, expect, it } from "vitest";
import { flowDocumentSchema } from "@/lib/flow";
import { createDocumentStore } from "@/lib/editor/document-store";
import { syncEdges, syncNodes } from "@/lib/editor/to-react-flow";

function load(count: number) {
  const store = createDocumentStore();
  const nodes = Array.from({ length: count }, (_, i) => ({
    id: `m${i}`, kind: "message" as const, position: { x: i * 10, y: 0 }, config: { text: `Message ${i}` },
  }));
  const edges = nodes.slice(1).map((node, i) => ({ id: `e${i}`, source: `m${i}`, sourcePort: "next", target: node.id }));
  store.getState().load("f", 1, flowDocumentSchema.parse({ schemaVersion: 1, name: "Big", nodes, edges }));
  return store;
}

describe("React Flow mapping", () => {
  it("re-creates only the canvas node that moved", () => {
    const store = load(500);
    const none = new Set<string>();
    const first = syncNodes(store.getState().document, [], none);
    store.getState().moveNodes(new Map([["m7", { x: 1, y: 2 }]]));
    const second = syncNodes(store.getState().document, first, none);
    const recreated = second.filter((node, i) => node !== first[i]).map((node) => node.id);
    expect(recreated).toEqual(["m7"]);
    expect(second[7]?.position).toEqual({ x: 1, y: 2 });
  });

  it("returns the very same array when nothing changed", () => {
    const store = load(10);
    const selected = new Set(["m1"]);
    const first = syncNodes(store.getState().document, [], selected);
    expect(syncNodes(store.getState().document, first, selected)).toBe(first);
    const edges = syncEdges(store.getState().document, [], new Set());
    expect(syncEdges(store.getState().document, edges, new Set())).toBe(edges);
  });

  it("keeps React Flow's measured size on a changed node and reflects selection", () => {
    const store = load(3);
    const first = syncNodes(store.getState().document, [], new Set()).map((node) => ({ ...node, measured: { width: 240, height: 90 } }));
    const second = syncNodes(store.getState().document, first, new Set(["m2"]));
    expect(second[2]?.selected).toBe(true);
    expect(second[2]?.measured).toEqual({ width: 240, height: 90 });
    expect(second[0]).toBe(first[0]);
  });

  it("labels each edge with the port it leaves from", () => {
    const store = load(3);
    store.getState().addNode("handoff", { x: 0, y: 0 });
    const edges = syncEdges(store.getState().document, [], new Set());
    expect(edges.map((edge) => [edge.sourceHandle, edge.data?.port])).toEqual([["next", "next"], ["next", "next"]]);
  });
});
