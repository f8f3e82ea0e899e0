import type { InternalNode } from "@xyflow/react";
import type { CanvasNode } from "@/lib/editor/to-react-flow";

/** A node card's size before React Flow has measured it (w-64 and a typical body). */
const UNMEASURED = { width: 256, height: 120 };

/** Where a node is drawn, in flow coordinates: its top-left corner and its (measured) size. */
export function nodeBox(node: InternalNode<CanvasNode>): { x: number; y: number; width: number; height: number } {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? UNMEASURED.width, height: node.measured.height ?? UNMEASURED.height };
}
