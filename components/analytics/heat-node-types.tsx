"use client";

import type { NodeTypes } from "@xyflow/react";
import { createContext, memo, useContext, type ComponentType } from "react";
import { nodeTypes } from "@/components/editor/node-types";
import { cn } from "@/components/ui/cn";
import type { NodeKind } from "@/lib/flow";
import { formatPercent, heatClass, type NodeHeat } from "@/lib/analytics/heat";

/** Heat per node id, provided by the analytics canvas to every node's badge. */
export const HeatContext = createContext<ReadonlyMap<string, NodeHeat>>(new Map());

/** The editor's node component with a heat badge on its top-right corner. */
function withHeat<P extends { id: string }>(Inner: ComponentType<P>) {
  return memo(function HeatedNode(props: P) {
    return (
      <div className="relative">
        <Inner {...props} />
        <HeatBadge nodeId={props.id} />
      </div>
    );
  });
}

function HeatBadge({ nodeId }: { nodeId: string }) {
  const heat = useContext(HeatContext).get(nodeId);
  if (!heat || (heat.handoffs === 0 && heat.noMatches === 0)) return null;
  return (
    <div
      data-testid={`heat-${nodeId}`}
      data-handoffs={heat.handoffs}
      aria-label={`${heat.handoffs} handoffs, ${formatPercent(heat.noMatchRate)} no-match`}
      className="pointer-events-none absolute -right-3 -top-3 flex overflow-hidden rounded-full text-[11px] font-semibold shadow ring-1"
    >
      <span className={cn("px-2 py-0.5", heatClass(heat.handoffLevel))}>{heat.handoffs} handoffs</span>
      {heat.noMatches > 0 ? <span className={cn("px-2 py-0.5", heatClass(heat.noMatchRate))}>{formatPercent(heat.noMatchRate)} no-match</span> : null}
    </div>
  );
}

/** The editor's `nodeTypes`, each wrapped with its heat badge; module scope so nodes never re-mount. */
export const heatNodeTypes = {
  start: withHeat(nodeTypes.start),
  message: withHeat(nodeTypes.message),
  question: withHeat(nodeTypes.question),
  intent: withHeat(nodeTypes.intent),
  condition: withHeat(nodeTypes.condition),
  set: withHeat(nodeTypes.set),
  webhook: withHeat(nodeTypes.webhook),
  fallback: withHeat(nodeTypes.fallback),
  handoff: withHeat(nodeTypes.handoff),
  ticket: withHeat(nodeTypes.ticket),
  callback: withHeat(nodeTypes.callback),
  end: withHeat(nodeTypes.end),
} satisfies Record<NodeKind, NodeTypes[string]>;
