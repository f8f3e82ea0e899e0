"use client";

import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { KindNode } from "@/lib/editor/to-react-flow";
import { BodyLine } from "./node-body";
import { NodeShell } from "./node-shell";

/** The callback node on the canvas. */
export const CallbackNode = memo(function CallbackNode({ data, selected }: NodeProps<KindNode<"callback">>) {
  const config = data.node.config;
  return (
    <NodeShell node={data.node} selected={selected}>
      <BodyLine label="Queue">{config.queue || "default"}</BodyLine>
      <BodyLine label="Collects">phone, time slot</BodyLine>
    </NodeShell>
  );
});
