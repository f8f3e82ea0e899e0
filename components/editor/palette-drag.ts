import { nodeKinds, type NodeKind } from "@/lib/flow";

/** The drag-and-drop data type that carries a node kind from the palette to the canvas. */
export const PALETTE_MIME = "application/x-baton-node-kind";

/** Narrows a string (from a drop) to a node kind. */
export function isNodeKind(value: string): value is NodeKind {
  return Object.hasOwn(nodeKinds, value);
}
