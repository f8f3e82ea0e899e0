"use client";

import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { KindNode } from "@/lib/editor/to-react-flow";
import { NodeShell } from "./node-shell";

/** The set node on the canvas. */
export const SetNode = memo(function SetNode({ data, selected }: NodeProps<KindNode<"set">>) {
  const config = data.node.config;
  return (
    <NodeShell node={data.node} selected={selected}>
      {config.assignments.map((assignment, i) => (
        <div key={i} className="truncate font-mono text-[11px]">
          {assignment.variable} = {typeof assignment.value === "string" ? `"${assignment.value}"` : JSON.stringify(assignment.value)}
        </div>
      ))}
    </NodeShell>
  );
});
