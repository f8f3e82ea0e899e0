"use client";

import { CheckCircle2 } from "lucide-react";
import { useMemo } from "react";
import type { Problem } from "@/lib/flow/validate";
import { useDocumentStore } from "@/lib/editor/document-store";
import { ProblemRow } from "./problem-row";
import { groupProblems, validateCached } from "./validate-cached";

/** Live validation problems of the open document (recomputed only when the document changes). */
export function useProblems(): Problem[] {
  const document = useDocumentStore((state) => state.document);
  return useMemo(() => validateCached(document), [document]);
}

/**
 * Sidebar tab: what is wrong with the flow, errors first. Clicking a problem selects and centres
 * its node (or opens the flow settings for flow-wide problems).
 */
export function ProblemsPanel() {
  const problems = useProblems();
  const { errors, warnings } = useMemo(() => groupProblems(problems), [problems]);
  if (problems.length === 0) {
    return (
      <div className="flex flex-col items-center gap-2 px-6 py-10 text-center text-sm text-slate-600">
        <CheckCircle2 className="h-6 w-6 text-emerald-500" />
        No problems — this flow is ready to publish
      </div>
    );
  }
  return (
    <div className="space-y-4 py-3">
      <ProblemGroup title="Errors" note="Publishing is blocked until these are fixed." problems={errors} />
      <ProblemGroup title="Warnings" note="Worth a look; they do not block publishing." problems={warnings} />
    </div>
  );
}

function ProblemGroup({ title, note, problems }: { title: string; note: string; problems: Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3 className="px-4 text-xs font-semibold uppercase tracking-wide text-slate-500">
        {title} ({problems.length})
      </h3>
      <p className="px-4 pb-1.5 text-xs text-slate-500">{note}</p>
      <ul>
        {problems.map((item, index) => (
          <ProblemRow key={`${item.code}:${item.nodeId ?? ""}:${item.port ?? ""}:${index}`} problem={item} />
        ))}
      </ul>
    </section>
  );
}
