"use client";

import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { KindNode } from "@/lib/editor/to-react-flow";
import { BodyText } from "./node-body";
import { NodeShell } from "./node-shell";

/** The end node on the canvas. */
export const EndNode = memo(function EndNode({ data, selected }: NodeProps<KindNode<"end">>) {
  const config = data.node.config;
  return <NodeShell node={data.node} selected={selected}>{config.message ? <BodyText>{config.message}</BodyText> : null}</NodeShell>;
});
