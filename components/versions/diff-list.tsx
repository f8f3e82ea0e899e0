"use client";

import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { nodeTitle } from "@/lib/editor/node-text";
import { portLabel } from "@/lib/editor/node-appearance";
import { nodeKinds, type FlowEdge, type FlowNode } from "@/lib/flow";
import { formatFieldChange, isEmptyDiff, type DocumentDiff } from "@/lib/versions/diff";
import { useVersionsView } from "@/lib/versions/versions-view-store";

/**
 * The changes of a comparison as a list: nodes added (green), removed (rose), changed (amber, with
 * each changed field `path: before → after`), connections added and removed, flow settings.
 * Clicking a node centres it on the version canvas.
 */
export function DiffList({ diff }: { diff: DocumentDiff }) {
  if (isEmptyDiff(diff)) {
    return <p className="px-3 py-2 text-sm text-slate-600">No changes{diff.movedNodeIds.length ? " (only nodes moved)" : ""}.</p>;
  }
  const focus = (id: string) => useVersionsView.getState().focus(id);
  return (
    <ul aria-label="Changes" className="space-y-1 px-3 py-2 text-sm" data-testid="diff-list">
      {diff.addedNodes.map((node) => (
        <NodeItem key={`added-${node.id}`} node={node} tone="added" onFocus={focus} />
      ))}
      {diff.removedNodes.map((node) => (
        <NodeItem key={`removed-${node.id}`} node={node} tone="removed" onFocus={focus} />
      ))}
      {diff.changedNodes.map((change) => (
        <NodeItem key={`changed-${change.id}`} node={change.after} tone="changed" onFocus={focus}>
          <ul className="mt-0.5 space-y-0.5">
            {change.fields.map((field) => (
              <li key={field.path} className="break-words font-mono text-[11px] text-slate-700">{formatFieldChange(field)}</li>
            ))}
          </ul>
        </NodeItem>
      ))}
      {diff.addedEdges.map((edge) => (
        <EdgeItem key={`edge-added-${edge.id}`} edge={edge} added />
      ))}
      {diff.removedEdges.map((edge) => (
        <EdgeItem key={`edge-removed-${edge.id}`} edge={edge} added={false} />
      ))}
      {diff.flowFields.map((field) => (
        <li key={`flow-${field.path}`} className="rounded border-l-4 border-amber-400 bg-amber-50 px-2 py-1">
          <span className="text-xs font-medium text-amber-900">Flow changed</span>
          <div className="break-words font-mono text-[11px] text-slate-700">{formatFieldChange(field)}</div>
        </li>
      ))}
    </ul>
  );
}

const tones = {
  added: { label: "Added", className: "border-emerald-500 bg-emerald-50", text: "text-emerald-800" },
  removed: { label: "Removed", className: "border-rose-500 bg-rose-50 line-through decoration-rose-300", text: "text-rose-800" },
  changed: { label: "Changed", className: "border-amber-400 bg-amber-50", text: "text-amber-900" },
} as const;

function NodeItem({ node, tone, onFocus, children }: { node: FlowNode; tone: keyof typeof tones; onFocus: (id: string) => void; children?: ReactNode }) {
  const look = tones[tone];
  return (
    <li className={cn("rounded border-l-4 px-2 py-1", look.className)} data-diff={tone} data-node-id={node.id}>
      <button type="button" className="w-full text-left" onClick={() => onFocus(node.id)}>
        <span className={cn("text-xs font-semibold", look.text)}>{look.label}</span>{" "}
        <span className="text-xs text-slate-500">{nodeKinds[node.kind].label}</span>{" "}
        <span className="text-slate-900">{nodeTitle(node)}</span>
      </button>
      {children}
    </li>
  );
}

function EdgeItem({ edge, added }: { edge: FlowEdge; added: boolean }) {
  return (
    <li className={cn("rounded border-l-4 px-2 py-1 text-xs", added ? "border-emerald-500 bg-emerald-50" : "border-rose-500 bg-rose-50")}>
      <span className={cn("font-semibold", added ? "text-emerald-800" : "text-rose-800")}>{added ? "Connected" : "Disconnected"}</span>{" "}
      <span className="font-mono text-slate-700">{edge.source} —{portLabel(edge.sourcePort)}→ {edge.target}</span>
    </li>
  );
}
