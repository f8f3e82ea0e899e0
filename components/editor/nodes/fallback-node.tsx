"use client";

import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { KindNode } from "@/lib/editor/to-react-flow";
import { BodyLine, BodyText } from "./node-body";
import { NodeShell } from "./node-shell";

/** The fallback node on the canvas. */
export const FallbackNode = memo(function FallbackNode({ data, selected }: NodeProps<KindNode<"fallback">>) {
  const config = data.node.config;
  return (
    <NodeShell node={data.node} selected={selected}>
      <BodyLine label="Attempts">{config.maxAttempts}</BodyLine>
      <BodyText>{config.messages[0] ?? "—"}</BodyText>
    </NodeShell>
  );
});
