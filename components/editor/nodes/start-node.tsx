"use client";

import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { KindNode } from "@/lib/editor/to-react-flow";
import { NodeShell } from "./node-shell";

/** The start node on the canvas. */
export const StartNode = memo(function StartNode({ data, selected }: NodeProps<KindNode<"start">>) {
  return <NodeShell node={data.node} selected={selected} />;
});
