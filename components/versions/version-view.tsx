"use client";

import { Eye, GitCompare } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useDocumentStore } from "@/lib/editor/document-store";
import { sideLabel, useVersionsView, type VersionView as View } from "@/lib/versions/versions-view-store";
import { useVersionViewData } from "./use-version-view-data";
import { VersionCanvas } from "./version-canvas";

/**
 * Covers the editor with a version, read-only: a banner saying what is shown ("Viewing v3 —
 * read-only", or "Comparing v2 → draft" with the colour legend) and a way back to the draft.
 */
export function VersionView({ view }: { view: View }) {
  const flowId = useDocumentStore((state) => state.flowId);
  const data = useVersionViewData(flowId, view);
  const back = () => useVersionsView.getState().show(null);
  return (
    <section aria-label="Version view" className="flex min-w-0 flex-1 flex-col bg-slate-50">
      <div role="status" className="flex items-center gap-3 border-b border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-950" data-testid="version-banner">
        {view.kind === "version" ? <Eye aria-hidden className="size-4" /> : <GitCompare aria-hidden className="size-4" />}
        <span className="font-medium">
          {view.kind === "version" ? `Viewing v${view.version} — read-only` : `Comparing v${view.from} → ${sideLabel(view.to)} — read-only`}
        </span>
        {view.kind === "diff" ? <Legend /> : null}
        <Button size="sm" variant="secondary" className="ml-auto" onClick={back}>Back to draft</Button>
      </div>
      <div className="relative min-h-0 flex-1">
        {data.status === "ready" ? <VersionCanvas document={data.document} diff={data.diff} /> : null}
        {data.status === "loading" ? <div className="flex h-full items-center justify-center"><Spinner /></div> : null}
        {data.status === "error" ? <p role="alert" className="p-6 text-sm text-rose-700">Could not load this version: {data.message}</p> : null}
      </div>
    </section>
  );
}

function Legend() {
  return (
    <span className="flex items-center gap-2 text-xs text-slate-600">
      <span className="inline-flex items-center gap-1"><span className="size-2.5 rounded-full bg-emerald-400" /> added</span>
      <span className="inline-flex items-center gap-1"><span className="size-2.5 rounded-full bg-amber-400" /> changed</span>
      <span className="inline-flex items-center gap-1"><span className="size-2.5 rounded-full border border-dashed border-rose-500" /> removed</span>
    </span>
  );
}
