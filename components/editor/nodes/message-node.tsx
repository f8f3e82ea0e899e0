"use client";

import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { KindNode } from "@/lib/editor/to-react-flow";
import { BodyText, Chips } from "./node-body";
import { NodeShell } from "./node-shell";

/** The message node on the canvas. */
export const MessageNode = memo(function MessageNode({ data, selected }: NodeProps<KindNode<"message">>) {
  const config = data.node.config;
  return (
    <NodeShell node={data.node} selected={selected}>
      <BodyText>{config.text || "—"}</BodyText>
      <Chips items={config.quickReplies.map((reply) => reply.label)} />
    </NodeShell>
  );
});
