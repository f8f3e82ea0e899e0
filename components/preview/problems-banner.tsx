"use client";

import { AlertTriangle } from "lucide-react";
import type { CompiledDraft } from "@/lib/preview/compile-draft";

/**
 * "This flow has n errors — the preview may stop at them", listing each (a click focuses its node
 * when the host can), or why the flow does not compile at all.
 */
export function ProblemsBanner({ draft, onFocusNode }: { draft: CompiledDraft | null; onFocusNode?: (nodeId: string) => void }) {
  if (!draft || (draft.errors.length === 0 && !draft.compileError)) return null;
  const count = draft.errors.length;
  return (
    <div role="alert" className="border-b border-rose-200 bg-rose-50 px-3 py-2 text-xs text-rose-800">
      <p className="flex items-center gap-1.5 font-medium">
        <AlertTriangle className="size-3.5" />
        {draft.compileError
          ? "This flow does not compile — the preview runs the last version that did."
          : `This flow has ${count} error${count === 1 ? "" : "s"} — the preview may stop at them`}
      </p>
      {draft.compileError ? <p className="mt-1">{draft.compileError}</p> : null}
      <ul className="mt-1 max-h-24 space-y-0.5 overflow-y-auto">
        {draft.errors.map((problem, index) => {
          const nodeId = problem.nodeId;
          return (
            <li key={`${problem.code}-${nodeId ?? ""}-${index}`}>
              {nodeId && onFocusNode ? (
                <button type="button" className="text-left underline decoration-rose-300 hover:decoration-rose-700" onClick={() => onFocusNode(nodeId)}>
                  {nodeId}: {problem.message}
                </button>
              ) : (
                <span>{nodeId ? `${nodeId}: ` : ""}{problem.message}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
