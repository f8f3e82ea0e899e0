"use client";

import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { KindNode } from "@/lib/editor/to-react-flow";
import { BodyText } from "./node-body";
import { NodeShell } from "./node-shell";

/** The condition node on the canvas. */
export const ConditionNode = memo(function ConditionNode({ data, selected }: NodeProps<KindNode<"condition">>) {
  const config = data.node.config;
  return (
    <NodeShell node={data.node} selected={selected}>
      {config.label ? <BodyText>{config.label}</BodyText> : null}
      <code className="block truncate rounded bg-slate-50 px-1 font-mono text-[10px] text-slate-500">{JSON.stringify(config.rule)}</code>
    </NodeShell>
  );
});
