"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { IntentTarget } from "@/lib/analytics/add-examples";
import type { PhraseGroup } from "@/lib/analytics/cluster-phrases";
import { TeachIntentDialog } from "./teach-intent-dialog";

/** The messages the bot did not understand, grouped by similarity, each group one click from an intent. */
export function NotUnderstoodPanel({ flowId, groups, targets }: { flowId: string; groups: readonly PhraseGroup[]; targets: readonly IntentTarget[] }) {
  const [teaching, setTeaching] = useState<PhraseGroup | null>(null);
  if (groups.length === 0) return <p className="text-sm text-slate-500">Nothing went unrecognised in this range.</p>;
  return (
    <>
      <ul className="divide-y divide-slate-100" data-testid="not-understood">
        {groups.map((group) => (
          <li key={group.label} className="flex items-start gap-3 py-2">
            <span className="mt-0.5 min-w-10 rounded bg-rose-50 px-1.5 text-center text-xs font-semibold tabular-nums text-rose-800">{group.count}</span>
            <div className="min-w-0 flex-1">
              <div className="text-sm font-medium text-slate-900">“{group.label}”</div>
              {group.phrases.length > 1 ? (
                <div className="truncate text-xs text-slate-500" title={group.phrases.map((phrase) => phrase.text).join(" · ")}>
                  also: {group.phrases.slice(1, 6).map((phrase) => phrase.text).join(" · ")}
                  {group.phrases.length > 6 ? ` · +${group.phrases.length - 6} more` : ""}
                </div>
              ) : null}
              {group.nodeId ? <div className="text-[11px] text-slate-400">at {group.nodeId}</div> : null}
            </div>
            <Button size="sm" onClick={() => setTeaching(group)} disabled={targets.length === 0} aria-label={`Add “${group.label}” to an intent`}>
              Add to intent
            </Button>
          </li>
        ))}
      </ul>
      {teaching ? <TeachIntentDialog key={teaching.label} flowId={flowId} group={teaching} targets={targets} onClose={() => setTeaching(null)} /> : null}
    </>
  );
}
