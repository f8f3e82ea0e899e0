import ELK from "elkjs/lib/elk.bundled.js";
import type { ElkNode } from "elkjs/lib/elk-api";
import { portsOf, type FlowDocument } from "@/lib/flow";
import { moveNodes } from "./document-ops";

/** Node sizes the layout should respect (measured on the canvas); a default is used otherwise. */
export type NodeSizes = ReadonlyMap<string, { width: number; height: number }>;

const DEFAULT_SIZE = { width: 256, height: 120 };
const GRID = 16;

const elk = new ELK();

/**
 * The document laid out left → right by ELK's layered algorithm, with each node's output ports in
 * their declared order (so an intent's branches stay in the order of its intents). Only positions
 * change: every node and edge is kept. Positions snap to the 16 px grid.
 */
export async function autoLayout(doc: FlowDocument, sizes: NodeSizes): Promise<FlowDocument> {
  const ids = new Set(doc.nodes.map((node) => node.id));
  // ELK rejects edges from ports it does not know; a broken edge keeps its place in the document
  const ports = new Set(doc.nodes.flatMap((node) => portsOf(node).map((port) => `${node.id}::out::${port}`)));
  const graph: ElkNode = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.layered.spacing.nodeNodeBetweenLayers": "96",
      "elk.spacing.nodeNode": "48",
      "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
    },
    children: doc.nodes.map((node) => {
      const size = sizes.get(node.id) ?? DEFAULT_SIZE;
      return {
        id: node.id,
        width: size.width,
        height: size.height,
        layoutOptions: { "elk.portConstraints": "FIXED_ORDER" },
        ports: [
          { id: `${node.id}::in`, layoutOptions: { "elk.port.side": "WEST" } },
          ...portsOf(node).map((port, index) => ({
            id: `${node.id}::out::${port}`,
            layoutOptions: { "elk.port.side": "EAST", "elk.port.index": String(index) },
          })),
        ],
      };
    }),
    edges: doc.edges
      .filter((edge) => ids.has(edge.target) && ports.has(`${edge.source}::out::${edge.sourcePort}`))
      .map((edge) => ({ id: edge.id, sources: [`${edge.source}::out::${edge.sourcePort}`], targets: [`${edge.target}::in`] })),
  };
  const laidOut = await elk.layout(graph);
  const positions = new Map(
    (laidOut.children ?? []).map((child) => [child.id, { x: snap(child.x ?? 0), y: snap(child.y ?? 0) }]),
  );
  return moveNodes(doc, positions);
}

function snap(value: number): number {
  return Math.round(value / GRID) * GRID;
}
