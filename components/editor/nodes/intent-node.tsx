"use client";

import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { KindNode } from "@/lib/editor/to-react-flow";
import { BodyLine, BodyText } from "./node-body";
import { NodeShell } from "./node-shell";

/** The intent node on the canvas. */
export const IntentNode = memo(function IntentNode({ data, selected }: NodeProps<KindNode<"intent">>) {
  const config = data.node.config;
  return (
    <NodeShell node={data.node} selected={selected}>
      {config.prompt ? <BodyText>{config.prompt}</BodyText> : null}
      <BodyLine label="Intents">{config.intents.length === 0 ? "none yet" : config.intents.map((intent) => intent.name).join(", ")}</BodyLine>
      {config.threshold !== undefined ? <BodyLine label="Threshold">{config.threshold}</BodyLine> : null}
    </NodeShell>
  );
});
