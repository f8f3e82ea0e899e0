"use client";

import { Controls, ReactFlow, ReactFlowProvider, type NodeMouseHandler } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useMemo } from "react";
import { CanvasDots } from "@/components/editor/canvas-dots";
import { edgeTypes } from "@/components/editor/edge-types";
import { FollowZoom } from "@/components/editor/zoom-level";
import type { NodeRow } from "@/lib/analytics/dashboard-types";
import { heatByNode } from "@/lib/analytics/heat";
import { syncEdges, syncNodes, type CanvasEdge, type CanvasNode } from "@/lib/editor/to-react-flow";
import type { FlowDocument } from "@/lib/flow";
import { HeatContext, heatNodeTypes } from "./heat-node-types";

const fitViewOptions = { maxZoom: 1, padding: 0.15 };
const proOptions = { hideAttribution: true };
const none = new Set<string>();

/**
 * The flow's canvas, read-only, with the editor's own node components and a heat badge on each
 * node: handoffs that fired there and its no-match rate. Clicking a node asks for its transcripts.
 */
export function HeatCanvas({ document, rows, onPickNode }: { document: FlowDocument; rows: readonly NodeRow[]; onPickNode: (nodeId: string) => void }) {
  const nodes = useMemo(() => syncNodes(document, [], none), [document]);
  const edges = useMemo(() => syncEdges(document, [], none), [document]);
  const heat = useMemo(() => heatByNode(rows), [rows]);
  const onNodeClick: NodeMouseHandler<CanvasNode> = (_event, node) => onPickNode(node.id);
  return (
    <HeatContext.Provider value={heat}>
      <div className="h-[520px] w-full overflow-hidden rounded-lg border border-slate-200 bg-slate-50" data-testid="heat-canvas">
        <ReactFlowProvider>
          <FollowZoom>
            <ReactFlow<CanvasNode, CanvasEdge>
              nodes={nodes}
              edges={edges}
              nodeTypes={heatNodeTypes}
              edgeTypes={edgeTypes}
              onNodeClick={onNodeClick}
              nodesDraggable={false}
              nodesConnectable={false}
              elementsSelectable={false}
              edgesFocusable={false}
              fitView
              fitViewOptions={fitViewOptions}
              minZoom={0.02}
              maxZoom={1.5}
              proOptions={proOptions}
            >
              <CanvasDots gap={16} color="#cbd5e1" />
              <Controls showInteractive={false} />
            </ReactFlow>
          </FollowZoom>
        </ReactFlowProvider>
      </div>
    </HeatContext.Provider>
  );
}
