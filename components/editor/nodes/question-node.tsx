"use client";

import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { KindNode } from "@/lib/editor/to-react-flow";
import { BodyLine, BodyText, Chips } from "./node-body";
import { NodeShell } from "./node-shell";

/** The question node on the canvas. */
export const QuestionNode = memo(function QuestionNode({ data, selected }: NodeProps<KindNode<"question">>) {
  const config = data.node.config;
  return (
    <NodeShell node={data.node} selected={selected}>
      <BodyText>{config.prompt || "—"}</BodyText>
      <BodyLine label="Saves to">{`{{${config.variable}}}`} · {config.validation}</BodyLine>
      <Chips items={config.choices} />
    </NodeShell>
  );
});
