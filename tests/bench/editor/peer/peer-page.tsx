import { ReactFlow, useEdgesState, useNodesState, type Viewport } from "@xyflow/react";
import { createRoot } from "react-dom/client";
import type { PeerGraph } from "../peer-graph";

/**
 * The peer of Baton's editor in the editor benchmark: a plain React Flow canvas with default
 * nodes, controlled the way React Flow's docs show (`useNodesState` + `onNodesChange`, so a drag
 * moves the node), with Baton's zoom range, so it can show any viewport Baton opened on. Query:
 * `nodes` (graph size), `w`/`h` (canvas size in px) and optionally `x`/`y`/`zoom` (the viewport
 * to open on; without them it fits the whole graph).
 */
function PeerFlow({ graph, viewport }: { graph: PeerGraph; viewport: Viewport | undefined }) {
  const [nodes, , onNodesChange] = useNodesState(graph.nodes);
  const [edges, , onEdgesChange] = useEdgesState(graph.edges);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      fitView={viewport === undefined}
      defaultViewport={viewport}
      minZoom={0.02}
      maxZoom={2}
    />
  );
}

async function main(): Promise<void> {
  const query = new URLSearchParams(window.location.search);
  const number = (name: string) => {
    const value = query.get(name);
    return value === null ? undefined : Number(value);
  };
  const [x, y, zoom] = [number("x"), number("y"), number("zoom")];
  const viewport = x !== undefined && y !== undefined && zoom !== undefined ? { x, y, zoom } : undefined;
  const response = await fetch(`/graph/${number("nodes") ?? 0}.json`);
  const graph: PeerGraph = await response.json();
  const container = document.getElementById("root");
  if (!container) throw new Error("no #root");
  container.style.width = `${number("w") ?? window.innerWidth}px`;
  container.style.height = `${number("h") ?? window.innerHeight}px`;
  createRoot(container).render(<PeerFlow graph={graph} viewport={viewport} />);
}

void main();
