"use client";

import { useQuery } from "@tanstack/react-query";
import { Download, FileArchive } from "lucide-react";
import { useId, useState, type ReactNode } from "react";
import { Dialog } from "@/components/ui/dialog";
import { Select } from "@/components/ui/input";
import { useDocumentStore } from "@/lib/editor/document-store";
import { bundleFileName, exportFolderName } from "@/lib/export/file-names";
import { bundleDownloadUrl, exportZipUrl, versionsQueryOptions } from "@/lib/versions/api";
import { CopyButton } from "./copy-button";
import { embedSnippet } from "./embed-snippet";

const linkClass =
  "inline-flex h-9 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-500";

/**
 * Takes a published version anywhere: the runtime bundle, a zip that runs with plain Node (bundle,
 * runtime, CLI, test cases, README), the embed snippet for a website and the bundle API for pipelines.
 */
export function ExportDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const flowId = useDocumentStore((state) => state.flowId);
  const flowName = useDocumentStore((state) => state.document.name);
  const versions = useQuery({ ...versionsQueryOptions(flowId), enabled: open });
  const [picked, setPicked] = useState<number | null>(null);
  const selectId = useId();
  const list = versions.data?.versions ?? [];
  const version = list.find((item) => item.version === picked) ?? list[0];
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const snippet = embedSnippet({ origin, flowId, title: flowName });
  const curl = `curl -fsS -H "Authorization: Bearer $BATON_API_KEY" "${origin}/api/flows/${flowId}/bundle?version=${version?.version ?? "latest"}"`;

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Export and embed" className="w-[min(94vw,40rem)]"
      description="Run a published version anywhere: in your own service, a browser or the command line — no Baton server needed.">
      {versions.isPending ? <p className="text-sm text-slate-600">Loading versions…</p> : null}
      {versions.isError ? <p role="alert" className="text-sm text-rose-700">Could not load the versions: {versions.error.message}</p> : null}
      {versions.isSuccess && !version ? (
        <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-700">Nothing is published yet. Publish the flow first: exports and the embed use published versions.</p>
      ) : null}
      {version ? (
        <div className="space-y-5">
          <label htmlFor={selectId} className="flex items-center gap-2 text-sm text-slate-700">
            Version
            <Select id={selectId} className="w-auto" value={version.version} onChange={(event) => setPicked(Number(event.target.value))}>
              {list.map((item) => (
                <option key={item.version} value={item.version}>v{item.version}{item.note ? ` — ${item.note}` : ""}</option>
              ))}
            </Select>
          </label>
          <Section title="Download">
            <div className="flex flex-wrap gap-2">
              <a className={linkClass} href={bundleDownloadUrl(flowId, version.version)} download={bundleFileName(flowName, version.version)}>
                <Download aria-hidden className="size-4" /> Runtime bundle (.baton.json)
              </a>
              <a className={linkClass} href={exportZipUrl(flowId, version.version)} download={`${exportFolderName(flowName, version.version)}.zip`}>
                <FileArchive aria-hidden className="size-4" /> Everything (.zip)
              </a>
            </div>
            <p className="mt-1.5 text-xs text-slate-500">
              The zip holds the bundle, the interpreter (<code>baton-runtime.mjs</code> + types), the <code>baton.mjs</code> CLI, this flow&apos;s
              test cases and a README: unzip and run <code>node baton.mjs test {bundleFileName(flowName, version.version)} tests/</code>.
            </p>
          </Section>
          <Section title="Embed on a website" action={<CopyButton text={snippet} label="Copy embed snippet" />}>
            <pre data-testid="embed-snippet" className="whitespace-pre-wrap break-all rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100">{snippet}</pre>
            <p className="mt-1.5 text-xs text-slate-500">A chat bubble on any page, served by this Baton with the latest published version, real queues and agents.</p>
          </Section>
          <Section title="Fetch from a pipeline" action={<CopyButton text={curl} label="Copy bundle API command" />}>
            <pre className="whitespace-pre-wrap break-all rounded-md bg-slate-50 p-3 font-mono text-xs text-slate-800">{curl}</pre>
            <p className="mt-1.5 text-xs text-slate-500">Needs an API key (Settings → API keys). The <code>ETag</code> is the bundle&apos;s hash.</p>
          </Section>
        </div>
      ) : null}
    </Dialog>
  );
}

function Section({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <div className="mb-1.5 flex items-center justify-between">
        <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
        {action}
      </div>
      {children}
    </section>
  );
}
