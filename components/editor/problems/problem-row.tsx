"use client";

import { AlertTriangle, CircleX } from "lucide-react";
import type { Problem } from "@/lib/flow/validate";
import { useDocumentStore } from "@/lib/editor/document-store";
import { nodeAppearance } from "@/lib/editor/node-appearance";
import { nodeTitle } from "@/lib/editor/node-text";
import { useUiStore } from "@/lib/editor/ui-store";

/** One problem: severity, what is wrong, how to fix it, and on which node; clicking goes there. */
export function ProblemRow({ problem }: { problem: Problem }) {
  const node = useDocumentStore((state) => (problem.nodeId === undefined ? undefined : state.document.nodes.find((candidate) => candidate.id === problem.nodeId)));
  const error = problem.severity === "error";
  const Icon = error ? CircleX : AlertTriangle;
  const go = () => {
    const ui = useUiStore.getState();
    if (problem.nodeId !== undefined && node) ui.focusNode(problem.nodeId);
    else ui.setSidebarTab("settings");
  };
  return (
    <li>
      <button
        type="button"
        onClick={go}
        data-testid="problem-row"
        data-code={problem.code}
        data-node-id={problem.nodeId}
        className="flex w-full items-start gap-2 px-4 py-2 text-left hover:bg-slate-50 focus-visible:bg-slate-50 focus-visible:outline-none"
      >
        <Icon aria-label={error ? "Error" : "Warning"} className={`mt-0.5 h-4 w-4 shrink-0 ${error ? "text-rose-600" : "text-amber-500"}`} />
        <span className="min-w-0 space-y-0.5">
          <span className="block text-sm text-slate-900">{problem.message}</span>
          <span className="block text-xs text-slate-500">{problem.hint}</span>
          <span className="block truncate text-xs text-slate-400">
            {node ? `${nodeAppearance[node.kind].label} · ${nodeTitle(node)}` : problem.nodeId !== undefined ? problem.nodeId : "Flow settings"}
            {problem.port ? ` · ${problem.port.replaceAll("_", " ")} port` : ""}
          </span>
        </span>
      </button>
    </li>
  );
}
