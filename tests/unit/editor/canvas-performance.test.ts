import { describe, expect, it } from "vitest";
import { validateCached } from "@/components/editor/problems/validate-cached";
import { createDocumentStore } from "@/lib/editor/document-store";
import { MAX_DASHES, dashesFor } from "@/lib/editor/edge-dashes";
import { estimateNodeLayout } from "@/lib/editor/node-layout-estimate";
import { dropEstimates, syncNodes } from "@/lib/editor/to-react-flow";
import { portsOf } from "@/lib/flow";
import { validate } from "@/lib/flow/validate";
import { generateLargeFlow } from "@/tests/fixtures/generate-flow";

function storeWith(nodeCount: number) {
  const store = createDocumentStore();
  store.getState().load("f", 1, generateLargeFlow(nodeCount, 7));
  return store;
}

describe("canvas work that grows with the flow", () => {
  it("gives React Flow an estimated size and a handle per port for nodes it has not measured", () => {
    const { document } = storeWith(60).getState();
    const nodes = syncNodes(document, [], new Set(), true);
    for (const [index, node] of nodes.entries()) {
      const flowNode = document.nodes[index];
      if (!flowNode) throw new Error("missing node");
      expect(node.measured?.width).toBe(256);
      expect(node.measured?.height).toBeGreaterThan(40);
      const sources = (node.handles ?? []).filter((handle) => handle.type === "source").map((handle) => handle.id);
      expect(sources).toEqual([...portsOf(flowNode)]);
      expect(node.handles?.some((handle) => handle.type === "target")).toBe(flowNode.kind !== "start");
    }
  });

  it("leaves nodes added after opening to React Flow to render and measure, wherever they land", () => {
    const store = storeWith(20);
    const opened = syncNodes(store.getState().document, [], new Set(), true);
    const id = store.getState().addNode("end", { x: 50_000, y: 50_000 });
    const next = syncNodes(store.getState().document, opened, new Set());
    const added = next.find((node) => node.id === id);
    expect(added?.handles).toBeUndefined();
    expect(added?.measured).toBeUndefined();
  });

  it("stops estimating once React Flow measured a node, also when the node changes later", () => {
    const store = storeWith(20);
    const first = syncNodes(store.getState().document, [], new Set(), true);
    const id = first[3]?.id ?? "";
    const measured = dropEstimates(first.map((node) => (node.id === id ? { ...node, measured: { width: 256, height: 120 } } : node)), new Set([id]));
    expect(measured[3]?.handles).toBeUndefined();
    expect(measured[4]?.handles).toBeDefined();
    const selected = syncNodes(store.getState().document, measured, new Set([id]));
    expect(selected[3]?.handles).toBeUndefined();
    expect(selected[3]?.measured).toEqual({ width: 256, height: 120 });
  });

  it("places a port's handle lower the later the port comes", () => {
    const handoff = storeWith(20).getState().document.nodes.find((node) => node.kind === "handoff");
    if (!handoff) throw new Error("no handoff in the generated flow");
    const ys = estimateNodeLayout(handoff).handles.filter((handle) => handle.type === "source").map((handle) => handle.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(ys.length);
  });

  it("keeps the problems of a flow whose nodes only moved, and validates again after an edit", () => {
    const store = storeWith(40);
    const before = validateCached(store.getState().document);
    store.getState().moveNodes(new Map([[store.getState().document.nodes[5]?.id ?? "", { x: 9_999, y: 9_999 }]]));
    const moved = store.getState().document;
    expect(validateCached(moved)).toBe(before);
    expect(validateCached(moved)).toEqual(validate(moved));
    store.getState().removeElements([], [moved.edges[0]?.id ?? ""]);
    const edited = validateCached(store.getState().document);
    expect(edited).toEqual(validate(store.getState().document));
    expect(edited.length).toBeGreaterThan(before.length);
  });

  it("keeps short dashed edges at 6/4 and caps the number of dashes on long ones", () => {
    expect(dashesFor(300)).toBe("6 4");
    for (const length of [500, 1_000, 5_000, 40_000]) {
      const [dash = 0, gap = 0] = dashesFor(length).split(" ").map(Number);
      expect(length / (dash + gap)).toBeLessThanOrEqual(MAX_DASHES);
      expect(dash / gap).toBe(1.5);
    }
  });
});
