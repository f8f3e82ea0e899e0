"use client";

import { TriangleExclamationPoint } from "lucide-react";
import { Tooltip } from "@/components/ui/tooltip";
import { cn } from "@/components/ui/cn";
import { useNodeProblems } from "@/lib/editor/problem-index";

/** Error/warning count of one node, with the messages in a tooltip; nothing when the node is fine. */
export function NodeProblemBadge({ nodeId, className }: { nodeId: string; className?: string }) {
  const summary = useNodeProblems(nodeId);
  if (!summary) return null;
  const count = summary.errors + summary.warnings;
  const isError = summary.errors > 0;
  return (
    <Tooltip
      content={
        <ul className="space-y-0.5">
          {summary.messages.map((message, i) => <li key={i}>{message}</li>)}
        </ul>
      }
    >
      <span
        role="status"
        tabIndex={0}
        aria-label={`${summary.errors} errors, ${summary.warnings} warnings`}
        data-testid={`node-problems-${nodeId}`}
        className={cn(
          "nodrag inline-flex items-center gap-0.5 rounded-full px-1.5 py-0.5 text-[11px] font-semibold",
          className,
          isError ? "bg-rose-600 text-white" : "bg-amber-400 text-amber-950",
        )}
      >
        <TriangleExclamationPoint aria-hidden className="size-3" />
        {count}
      </span>
    </Tooltip>
  );
}
