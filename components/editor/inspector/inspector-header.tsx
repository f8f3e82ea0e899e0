"use client";

import type { FlowNode } from "@/lib/flow";
import { cn } from "@/components/ui/cn";
import { nodeAppearance } from "@/lib/editor/node-appearance";

/** The inspector's title: the node kind's icon, colour and label, its description, and the node id. */
export function InspectorHeader({ node }: { node: FlowNode }) {
  const look = nodeAppearance[node.kind];
  const Icon = look.icon;
  return (
    <header className={cn("flex items-start gap-2.5 border-b border-slate-200 px-4 py-3", look.headerClass)}>
      <Icon className={cn("mt-0.5 h-5 w-5 shrink-0", look.iconClass)} aria-hidden />
      <div className="min-w-0">
        <h2 className="flex items-center gap-1.5 text-sm font-semibold">
          {look.label}
          {look.protocol ? <span className="rounded bg-white/70 px-1 text-[10px] font-medium uppercase tracking-wide">protocol</span> : null}
        </h2>
        <p className="text-xs opacity-80">{look.description}</p>
        <p className="mt-0.5 truncate font-mono text-[11px] opacity-70" title={node.id}>{node.id}</p>
      </div>
    </header>
  );
}
