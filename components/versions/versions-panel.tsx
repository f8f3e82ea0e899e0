"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { formatDistanceToNow } from "date-fns";
import { History, X } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/spinner";
import { useDocumentStore } from "@/lib/editor/document-store";
import { versionQueryOptions, versionsQueryOptions } from "@/lib/versions/api";
import type { FlowVersionSummary } from "@/lib/versions/types";
import { sideLabel, useVersionsView } from "@/lib/versions/versions-view-store";
import { DiffList } from "./diff-list";
import { restoreVersion } from "./restore-version";
import { useVersionViewData } from "./use-version-view-data";

/**
 * The Versions drawer: every published version (number, note, author, time, short hash) with
 * View, Compare (with the previous version or with the draft) and Restore; a comparison's changes
 * are listed on top.
 */
export function VersionsPanel() {
  const flowId = useDocumentStore((state) => state.flowId);
  const view = useVersionsView((state) => state.view);
  const versions = useQuery(versionsQueryOptions(flowId));
  return (
    <aside aria-label="Versions" className="flex h-full w-96 shrink-0 flex-col border-l border-slate-200 bg-white shadow-xl">
      <header className="flex h-10 items-center gap-2 border-b border-slate-200 px-3">
        <History aria-hidden className="size-4 text-slate-500" />
        <h2 className="text-sm font-semibold text-slate-900">Versions</h2>
        <Button variant="ghost" size="icon" className="ml-auto" aria-label="Close versions" onClick={() => useVersionsView.getState().setPanelOpen(false)}>
          <X className="size-4" />
        </Button>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto">
        {view?.kind === "diff" ? <Comparison flowId={flowId} from={view.from} to={view.to} /> : null}
        {versions.isPending ? <div className="p-4"><Spinner /></div> : null}
        {versions.isError ? <p role="alert" className="p-4 text-sm text-rose-700">{versions.error.message}</p> : null}
        {versions.isSuccess && versions.data.versions.length === 0 ? (
          <p className="p-4 text-sm text-slate-600">Nothing published yet. Publish freezes the draft as v1; every later publish adds the next version here.</p>
        ) : null}
        <ol className="divide-y divide-slate-100">
          {versions.data?.versions.map((version) => (
            <VersionRow key={version.id} version={version} />
          ))}
        </ol>
      </div>
    </aside>
  );
}

function Comparison({ flowId, from, to }: { flowId: string; from: number; to: number | "draft" }) {
  const data = useVersionViewData(flowId, { kind: "diff", from, to });
  return (
    <section aria-label={`Changes from v${from} to ${sideLabel(to)}`} className="border-b-4 border-slate-100">
      <h3 className="px-3 pt-3 text-xs font-semibold uppercase tracking-wide text-slate-500">Changes v{from} → {sideLabel(to)}</h3>
      {data.status === "ready" && data.diff ? <DiffList diff={data.diff} /> : null}
      {data.status === "loading" ? <div className="p-3"><Spinner /></div> : null}
      {data.status === "error" ? <p role="alert" className="p-3 text-sm text-rose-700">{data.message}</p> : null}
    </section>
  );
}

function VersionRow({ version }: { version: FlowVersionSummary }) {
  const queryClient = useQueryClient();
  const view = useVersionsView((state) => state.view);
  const shown = view?.kind === "version" && view.version === version.version;
  const author = version.author?.name ?? version.author?.email ?? null;
  const restore = async () => {
    try {
      const { version: detail } = await queryClient.fetchQuery(versionQueryOptions(version.flowId, version.version));
      restoreVersion(detail);
    } catch (error) {
      toast.error(`Could not restore v${version.version}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const show = useVersionsView.getState().show;
  return (
    <li className={cn("px-3 py-2.5", shown && "bg-sky-50")} data-testid={`version-${version.version}`} aria-label={`Version ${version.version}`}>
      <div className="flex items-baseline gap-2">
        <span className="font-mono text-sm font-semibold text-slate-900">v{version.version}</span>
        <span className="min-w-0 flex-1 truncate text-sm text-slate-800" title={version.note}>{version.note || <span className="text-slate-400">No note</span>}</span>
      </div>
      <div className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-slate-500">
        <time dateTime={version.createdAt} title={new Date(version.createdAt).toLocaleString()}>{formatDistanceToNow(new Date(version.createdAt), { addSuffix: true })}</time>
        {author ? <span>by {author}</span> : null}
        <span className="font-mono" title={`Bundle hash ${version.bundleHash}`}>#{version.bundleHash.slice(0, 8)}</span>
      </div>
      <div className="mt-1.5 flex flex-wrap gap-1">
        <Button size="sm" variant="ghost" onClick={() => show({ kind: "version", version: version.version })}>View</Button>
        {version.version > 1 ? (
          <Button size="sm" variant="ghost" onClick={() => show({ kind: "diff", from: version.version - 1, to: version.version })}>Compare with v{version.version - 1}</Button>
        ) : null}
        <Button size="sm" variant="ghost" onClick={() => show({ kind: "diff", from: version.version, to: "draft" })}>Compare with draft</Button>
        <Button size="sm" variant="ghost" onClick={() => void restore()}>Restore</Button>
      </div>
    </li>
  );
}
