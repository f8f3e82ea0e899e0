"use client";

import { useQuery } from "@tanstack/react-query";
import { Dialog } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import { csvUrl, samplesQueryOptions, type AnalyticsParams } from "@/lib/analytics/api-client";
import { TRIGGER_LABELS } from "@/lib/analytics/trigger-labels";

/** Recent transcripts of conversations whose handoff fired at one node. */
export function NodeSamplesDialog({ flowId, params, nodeId, title, onClose }: { flowId: string; params: AnalyticsParams; nodeId: string; title: string; onClose: () => void }) {
  const samples = useQuery(samplesQueryOptions(flowId, params, nodeId));
  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())} title={`Handoffs at ${title}`} description="The latest conversations whose handoff fired here." className="w-[min(94vw,44rem)]">
      <div className="max-h-[60vh] space-y-4 overflow-auto" data-testid="node-samples">
        {samples.isPending ? <Spinner /> : null}
        {samples.isError ? <p role="alert" className="text-sm text-rose-700">{samples.error.message}</p> : null}
        {samples.data?.samples.length === 0 ? <p className="text-sm text-slate-500">No live conversation handed over here in this range.</p> : null}
        {samples.data?.samples.map((sample) => (
          <article key={sample.conversationId} className="rounded border border-slate-200 p-2">
            <header className="mb-1 flex justify-between text-xs text-slate-500">
              <span>{sample.trigger ? TRIGGER_LABELS[sample.trigger].label : "Handoff"}</span>
              <time dateTime={sample.at}>{new Date(sample.at).toLocaleString()}</time>
            </header>
            <ol className="space-y-0.5 text-sm">
              {sample.messages.map((message) => (
                <li key={message.seq} className={message.from === "user" ? "text-slate-900" : "text-slate-500"}>
                  <span className="mr-1 text-[10px] uppercase tracking-wide">{message.from}</span>
                  {message.text}
                </li>
              ))}
            </ol>
          </article>
        ))}
      </div>
      <a className="mt-3 inline-block text-xs text-sky-700 hover:underline" href={csvUrl(flowId, "/samples", params, { nodeId })} download>
        Download as CSV
      </a>
    </Dialog>
  );
}
