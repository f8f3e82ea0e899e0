"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ApiError, flowQueryOptions, type Flow } from "@/lib/api/flows";
import { PreviewWorkbench } from "./preview-workbench";
import { usePreview } from "./use-preview";

/**
 * `/flows/[id]/test`: the preview full size for people who test rather than edit — the chat, the
 * world controls, the agent role-play, the tests, and "Send note to designers". Runs the flow as
 * last saved.
 */
export function TesterPage({ flowId }: { flowId: string }) {
  const query = useQuery({ ...flowQueryOptions(flowId), retry: 1 });
  if (query.isPending) return <p className="p-8 text-center text-sm text-slate-600">Loading flow…</p>;
  if (query.isError) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return <p className="p-8 text-center text-sm text-slate-600">{missing ? "This flow does not exist (or was deleted)." : `The flow could not be loaded: ${query.error.message}`}</p>;
  }
  return <LoadedTester flow={query.data.flow} />;
}

function LoadedTester({ flow }: { flow: Flow }) {
  const { session, snapshot, draft } = usePreview(flow.id, flow.document);
  return (
    <div className="flex min-h-0 flex-1 flex-col bg-slate-50">
      <header className="flex items-center gap-2 border-b border-slate-200 bg-white px-4 py-2">
        <h1 className="text-sm font-semibold text-slate-900">Test “{flow.name}”</h1>
        <span className="text-xs text-slate-500">revision {flow.revision}</span>
        <Link href={`/flows/${flow.id}`} className="ml-auto text-xs text-slate-600 hover:text-slate-900">Open in editor</Link>
      </header>
      <main className="mx-auto flex min-h-0 w-full max-w-3xl flex-1 flex-col border-x border-slate-200">
        <PreviewWorkbench flowId={flow.id} document={flow.document} session={session} snapshot={snapshot} draft={draft} audience="tester" />
      </main>
    </div>
  );
}
