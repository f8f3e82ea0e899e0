"use client";

import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { KindNode } from "@/lib/editor/to-react-flow";
import { NodeShell } from "./node-shell";

/** The webhook node on the canvas. */
export const WebhookNode = memo(function WebhookNode({ data, selected }: NodeProps<KindNode<"webhook">>) {
  const config = data.node.config;
  return (
    <NodeShell node={data.node} selected={selected}>
      <div className="flex items-center gap-1.5">
        <span className="rounded bg-cyan-100 px-1 font-mono text-[10px] font-semibold text-cyan-800">{config.method}</span>
        <span className="min-w-0 flex-1 truncate font-mono text-[11px]" title={config.url}>{config.url || "no URL"}</span>
      </div>
    </NodeShell>
  );
});
