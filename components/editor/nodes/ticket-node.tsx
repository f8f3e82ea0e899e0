"use client";

import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { KindNode } from "@/lib/editor/to-react-flow";
import { BodyLine } from "./node-body";
import { NodeShell } from "./node-shell";

/** The ticket node on the canvas. */
export const TicketNode = memo(function TicketNode({ data, selected }: NodeProps<KindNode<"ticket">>) {
  const config = data.node.config;
  return (
    <NodeShell node={data.node} selected={selected}>
      <BodyLine label="Queue">{config.queue || "default"}</BodyLine>
      <BodyLine label="Collects">email, description</BodyLine>
    </NodeShell>
  );
});
