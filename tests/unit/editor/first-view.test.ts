import { describe, expect, it } from "vitest";
import { firstViewNodes, fitZoom, READABLE_ZOOM } from "@/lib/editor/first-view";
import type { FlowDocument } from "@/lib/flow";
import { acmeDocument } from "../preview/acme";

// the editor's canvas between the palette and the sidebar in a 1600 × 1000 window
const canvas = { width: 1010, height: 900 };

describe("the first view of a flow", () => {
  it("shows a small flow whole", () => {
    const small: FlowDocument = { ...acmeDocument() };
    small.nodes = small.nodes.slice(0, 4).map((node, i) => ({ ...node, position: { x: i * 320, y: 0 } }));
    expect(fitZoom(small.nodes, canvas)).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(firstViewNodes(small.nodes, canvas)).toBeUndefined();
  });

  it("opens the demo flow on its start, readable, rather than whole and too small to read", () => {
    const { nodes } = acmeDocument();
    expect(fitZoom(nodes, canvas)).toBeLessThan(READABLE_ZOOM);
    const shown = firstViewNodes(nodes, canvas) ?? [];
    const start = nodes.find((node) => node.kind === "start");
    expect(shown[0]?.id).toBe(start?.id);
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.length).toBeLessThan(nodes.length);
    const shownNodes = nodes.filter((node) => shown.some(({ id }) => id === node.id));
    expect(fitZoom(shownNodes, canvas)).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });

  it("fits everything when the canvas has no size yet (a hidden tab)", () => {
    expect(firstViewNodes(acmeDocument().nodes, { width: 0, height: 0 })).toBeUndefined();
  });
});
