"use client";

import { cn } from "@/components/ui/cn";
import { describeTrace } from "@/lib/preview/describe-trace";
import type { PreviewSnapshot } from "@/lib/preview/preview-session";
import type { TraceEntry } from "@/lib/runtime";

const tone: Partial<Record<TraceEntry["type"], string>> = {
  trigger_fired: "text-amber-800 font-medium",
  handoff_status: "text-amber-700",
  error: "text-rose-700 font-medium",
  no_match: "text-rose-600",
  intent_matched: "text-emerald-700",
  effect_issued: "text-sky-700",
};

/**
 * What the interpreter did, newest last: nodes entered, ports taken, intents and scores, triggers,
 * effects. A click on a line selects its node on the canvas.
 */
export function TraceList({ trace, onFocusNode }: { trace: PreviewSnapshot["trace"]; onFocusNode?: (nodeId: string) => void }) {
  if (trace.length === 0) return <p className="p-3 text-xs text-slate-500">Nothing has run yet.</p>;
  return (
    <ol aria-label="Trace" className="space-y-px p-2 font-mono text-[11px]">
      {trace.map(({ seq, entry }) => {
        const nodeId = entry.nodeId;
        return (
          <li key={seq} data-trace-type={entry.type}>
            <button
              type="button"
              disabled={!nodeId || !onFocusNode}
              onClick={() => nodeId && onFocusNode?.(nodeId)}
              className={cn("w-full rounded px-1.5 py-0.5 text-left hover:bg-slate-100 disabled:hover:bg-transparent", tone[entry.type] ?? "text-slate-700")}
            >
              {describeTrace(entry)}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
