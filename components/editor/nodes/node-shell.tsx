"use client";

import { Handle, Position } from "@xyflow/react";
import { memo, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { portsOf, type FlowNode } from "@/lib/flow";
import { nodeAppearance, portLabel } from "@/lib/editor/node-appearance";
import { nodeTitle } from "@/lib/editor/node-text";
import { useUiStore } from "@/lib/editor/ui-store";
import { useZoomLevel } from "../zoom-level";
import { NodeProblemBadge } from "./node-problem-badge";


/**
 * The frame every canvas node shares: kind-coloured border and header (icon, kind, title, problem
 * badge), the kind's body, one labelled source handle per output port and one target handle.
 * Subscribes only to this node's own highlight and to whether the canvas is zoomed out, below
 * which it draws `SimpleNode` instead.
 */
export const NodeShell = memo(function NodeShell({ node, selected, children }: { node: FlowNode; selected: boolean; children?: ReactNode }) {
  const look = nodeAppearance[node.kind];
  const Icon = look.icon;
  const zoom = useZoomLevel();
  const active = useUiStore((state) => state.highlight.activeNodeId === node.id);
  const onPath = useUiStore((state) => state.highlight.pathNodeIds.includes(node.id));
  const title = nodeTitle(node);
  const marks = cn(
    look.borderClass,
    selected && "outline-2 outline-offset-2 outline-sky-500",
    onPath && "shadow-md shadow-emerald-200",
    active && "ring-4 ring-emerald-400",
  );
  if (zoom !== "full") return <SimpleNode node={node} title={title} className={marks} headerClass={look.headerClass} tiny={zoom === "tiny"} />;
  return (
    <div
      data-testid={`node-${node.id}`}
      data-kind={node.kind}
      className={cn("w-64 rounded-lg border bg-white text-left shadow-sm", marks)}
    >
      {node.kind === "start" ? null : <InputHandle />}
      <header className={cn("flex items-center gap-2 rounded-t-lg px-3 py-2", look.headerClass)}>
        <Icon aria-hidden className={cn("size-4 shrink-0", look.iconClass)} />
        <div className="min-w-0 flex-1">
          <div className="flex items-center gap-1.5 text-[10px] font-semibold uppercase tracking-wide opacity-70">
            {look.label}
            {look.protocol ? <span className="rounded bg-white/70 px-1 text-[9px] normal-case tracking-normal">protocol</span> : null}
          </div>
          <div className="truncate text-sm font-medium" title={title}>{title}</div>
        </div>
        <NodeProblemBadge nodeId={node.id} />
      </header>
      {!children ? null : <div className="space-y-1 px-3 py-2 text-xs text-slate-700">{children}</div>}
      {node.note ? <p className="border-t border-dashed border-slate-200 px-3 py-1 text-[11px] italic text-slate-500">{node.note}</p> : null}
      <PortHandles node={node} />
    </div>
  );
});

function PortHandles({ node }: { node: FlowNode }) {
  const ports = portsOf(node);
  if (ports.length === 0) return null;
  return (
    <ul className="border-t border-slate-100 py-1" aria-label="Outputs">
      {ports.map((port) => (
        <li key={port} className={cn("relative py-0.5 pr-4 text-right text-[11px]", portTone(port))}>
          {portLabel(port)}
          <OutputHandle nodeId={node.id} port={port} />
        </li>
      ))}
    </ul>
  );
}

/** Row of one output handle in the simple body (px), below the title. */
const SIMPLE_TITLE_PX = 40;
const SIMPLE_PORT_PX = 16;

/**
 * Zoomed out (see zoom-level.tsx): the title and the handles, in as few elements as can hold them,
 * since a big flow seen whole has thousands of nodes for the browser to lay out, paint, hit-test
 * and sort on every frame: one box in the kind's colour holding the title, and the handles beside
 * it (not inside, where the title's truncation would clip them), on its right edge, one row each.
 */
function SimpleNode(props: { node: FlowNode; title: string; className: string; headerClass: string; tiny: boolean }) {
  const { node, title, className, headerClass, tiny } = props;
  const ports = portsOf(node);
  return (
    <>
      {node.kind === "start" ? null : tiny ? <PlacedHandle nodeId={node.id} type="target" /> : <InputHandle simple />}
      <div
        data-testid={`node-${node.id}`}
        data-kind={node.kind}
        data-simple
        title={title}
        className={cn("w-64 truncate rounded-lg border px-3 pt-2 text-left text-sm font-medium", headerClass, className)}
        style={{ paddingBottom: ports.length > 0 ? ports.length * SIMPLE_PORT_PX + 16 : 8 }}
      >
        {/* floated, so the title still truncates beside it */}
        <NodeProblemBadge nodeId={node.id} className="float-right ml-2" />
        <span className="simple-title">{title}</span>
      </div>
      {ports.map((port, i) =>
        tiny ? (
          <PlacedHandle key={port} nodeId={node.id} type="source" port={port} top={SIMPLE_TITLE_PX + i * SIMPLE_PORT_PX} />
        ) : (
          <OutputHandle key={port} nodeId={node.id} port={port} top={SIMPLE_TITLE_PX + i * SIMPLE_PORT_PX} />
        ),
      )}
    </>
  );
}

/** `simple`: placed by offsets, as the simple body's output handles are (see flow-canvas.css). */
function InputHandle({ simple = false }: { simple?: boolean }) {
  return (
    <Handle
      type="target"
      position={Position.Left}
      className={cn("!h-3 !w-3 !border-2 !border-white !bg-slate-400", simple && "simple-handle")}
      aria-label="Incoming connection"
    />
  );
}

/** One output port's handle; `top` (px) places it in the simple body, else its row does. */
function OutputHandle({ nodeId, port, top }: { nodeId: string; port: string; top?: number }) {
  return (
    <Handle
      type="source"
      id={port}
      position={Position.Right}
      className={cn("!h-3 !w-3 !border-2 !border-white !bg-slate-500", top !== undefined && "simple-handle")}
      style={top === undefined ? undefined : { top }}
      aria-label={`Output ${portLabel(port)}`}
      data-testid={`handle-${nodeId}-${port}`}
    />
  );
}

/**
 * Below TINY_ZOOM a handle is hidden (flow-canvas.css) and too small to grab, so it need not be
 * React Flow's <Handle>, whose store subscription and context read run for every handle on every
 * store update — each frame of a drag, three or four per node. This plain box has the same classes
 * and data attributes, so React Flow measures it exactly as a <Handle> and every edge keeps its end.
 */
function PlacedHandle({ nodeId, type, port, top }: { nodeId: string; type: "source" | "target"; port?: string; top?: number }) {
  const position = type === "source" ? Position.Right : Position.Left;
  return (
    <div
      data-handleid={port}
      data-nodeid={nodeId}
      data-handlepos={position}
      className={cn("react-flow__handle simple-handle !h-3 !w-3 !border-2 !border-white", `react-flow__handle-${position}`, type)}
      style={top === undefined ? undefined : { top }}
    />
  );
}

function portTone(port: string): string {
  if (port === "unavailable") return "font-medium text-amber-700";
  if (port === "no_match" || port === "exhausted" || port === "failed" || port === "error") return "text-rose-700";
  return "text-slate-600";
}
