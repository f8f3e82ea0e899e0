"use client";

import { useMemo } from "react";
import { AlertTriangle, CheckCircle2, Circle } from "lucide-react";
import { useDocumentStore } from "@/lib/editor/document-store";
import { nodeAppearance, portLabel } from "@/lib/editor/node-appearance";
import { portTargets } from "./port-targets";

const steps = [
  { port: "handed_back", meaning: "an agent hands the user back to the bot" },
  { port: "resolved", meaning: "an agent resolved the conversation (it ends if unconnected)" },
  { port: "unavailable", meaning: "nobody available or nobody accepted in time" },
] as const;

/** The handoff protocol for this node at a glance: which outcome ports lead where, and what is missing. */
export function ProtocolHint({ nodeId }: { nodeId: string }) {
  const nodes = useDocumentStore((state) => state.document.nodes);
  const edges = useDocumentStore((state) => state.document.edges);
  const targets = useMemo(() => portTargets({ nodes, edges }, nodeId), [nodes, edges, nodeId]);
  const unavailable = targets.get("unavailable");
  return (
    <div className="space-y-2">
      <ul className="space-y-1.5 text-xs">
        {steps.map(({ port, meaning }) => {
          const target = targets.get(port);
          return (
            <li key={port} className="flex items-start gap-1.5" data-testid={`protocol-port-${port}`}>
              {target ? <CheckCircle2 className="mt-px h-3.5 w-3.5 shrink-0 text-emerald-600" /> : <Circle className="mt-px h-3.5 w-3.5 shrink-0 text-slate-400" />}
              <span>
                <span className="font-medium text-slate-800">{portLabel(port)}</span>{" "}
                <span className="text-slate-500">— {meaning}: </span>
                {target ? <span className="text-slate-800">{nodeAppearance[target.kind].label} “{target.id}”</span> : <span className="text-slate-500">not connected</span>}
              </span>
            </li>
          );
        })}
      </ul>
      {!unavailable ? (
        <p role="alert" className="flex items-start gap-1.5 rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-900">
          <AlertTriangle className="mt-px h-3.5 w-3.5 shrink-0" /> Connect unavailable to a Ticket or Callback node so the user never hits a dead end.
        </p>
      ) : unavailable.kind !== "ticket" && unavailable.kind !== "callback" ? (
        <p className="flex items-start gap-1.5 rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-900">
          <AlertTriangle className="mt-px h-3.5 w-3.5 shrink-0" /> Unavailable usually leads to a Ticket or Callback, so the user leaves with a reference.
        </p>
      ) : null}
    </div>
  );
}
