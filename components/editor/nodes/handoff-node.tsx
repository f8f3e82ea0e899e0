"use client";

import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { KindNode } from "@/lib/editor/to-react-flow";
import { BodyLine } from "./node-body";
import { NodeShell } from "./node-shell";

/** The handoff node on the canvas. */
export const HandoffNode = memo(function HandoffNode({ data, selected }: NodeProps<KindNode<"handoff">>) {
  const config = data.node.config;
  return (
    <NodeShell node={data.node} selected={selected}>
      <BodyLine label="Queue">{config.queue || "routing rules"}</BodyLine>
      <BodyLine label="Priority">{config.priority}</BodyLine>
      <BodyLine label="Wait">{formatSeconds(config.waitTimeoutSec)}</BodyLine>
    </NodeShell>
  );
});

function formatSeconds(seconds: number): string {
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}
