"use client";

import { Headset } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { PreviewSession, PreviewSnapshot } from "@/lib/preview/preview-session";

/**
 * Play the agent: the context card and transcript the agent would get, then Accept (as a named
 * agent), reply, Resolve or Hand back with a note — or fast-forward the wait timeout. Every branch
 * of the handoff protocol can be tried without a real agent.
 */
export function AgentConsole({ session, snapshot }: { session: PreviewSession; snapshot: PreviewSnapshot }) {
  const [agentName, setAgentName] = useState("Alex");
  const [reply, setReply] = useState("");
  const [note, setNote] = useState("");
  const request = snapshot.handoff;
  const status = snapshot.state?.status;
  if (!request) return null;
  const { context } = request;
  const assigned = status === "with_agent";
  return (
    <section aria-label="Agent role-play" className="max-h-[55%] overflow-y-auto border-t border-amber-200 bg-amber-50/60 p-3 text-xs">
      <header className="mb-2 flex items-center gap-2">
        <Headset className="size-4 text-amber-700" />
        <h3 className="font-semibold text-amber-900">You are the agent</h3>
        <Badge tone="warning">{assigned ? `with ${snapshot.state?.handoff?.agentName ?? "agent"}` : "waiting in queue"}</Badge>
      </header>
      <dl data-testid="context-card" className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 rounded border border-amber-200 bg-white p-2">
        <dt className="text-slate-500">Trigger</dt>
        <dd className="font-medium">{context.trigger}</dd>
        <dt className="text-slate-500">Node</dt>
        <dd>{context.nodeId}</dd>
        <dt className="text-slate-500">Queue</dt>
        <dd>{context.queue} · {context.priority} priority</dd>
        <dt className="text-slate-500">Intent</dt>
        <dd>{context.lastIntent?.intent ? `${context.lastIntent.intent} (${context.lastIntent.score.toFixed(2)})` : "none"}</dd>
        {context.summary ? (
          <>
            <dt className="text-slate-500">Summary</dt>
            <dd>{context.summary}</dd>
          </>
        ) : null}
        {Object.entries(context.variables).map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-slate-500">{name}</dt>
            <dd className="truncate font-mono">{JSON.stringify(value)}</dd>
          </div>
        ))}
      </dl>
      <details className="mt-1">
        <summary className="cursor-pointer text-slate-600">Transcript the agent gets ({request.transcript.length} lines)</summary>
        <ol className="mt-1 space-y-0.5 rounded border border-amber-100 bg-white p-2">
          {request.transcript.map((line, index) => (
            <li key={index}>
              <span className="font-medium">{line.from}:</span> {line.text}
            </li>
          ))}
        </ol>
      </details>
      {assigned ? (
        <div className="mt-2 space-y-2">
          <form
            className="flex gap-1.5"
            onSubmit={(event) => {
              event.preventDefault();
              if (!reply.trim()) return;
              void session.agentReply(reply.trim());
              setReply("");
            }}
          >
            <Input aria-label="Agent reply" className="h-8" placeholder="Reply as the agent…" value={reply} onChange={(event) => setReply(event.target.value)} />
            <Button type="submit" size="sm" className="shrink-0 whitespace-nowrap" disabled={!reply.trim()}>Send as agent</Button>
          </form>
          <div className="flex gap-1.5">
            <Input aria-label="Agent note" className="h-8" placeholder="Note (hand back needs one)" value={note} onChange={(event) => setNote(event.target.value)} />
            <Button size="sm" className="shrink-0 whitespace-nowrap" onClick={() => void session.agentResolve(note.trim())}>Resolve</Button>
            <Button size="sm" className="shrink-0 whitespace-nowrap" disabled={!note.trim()} onClick={() => void session.agentHandBack(note.trim())}>Hand back</Button>
          </div>
        </div>
      ) : status === "queued" ? (
        <div className="mt-2 flex items-center gap-1.5">
          <Input aria-label="Agent name" className="h-8 max-w-32" value={agentName} onChange={(event) => setAgentName(event.target.value)} />
          <Button size="sm" variant="primary" disabled={!agentName.trim()} onClick={() => void session.agentAccept(agentName.trim())}>Accept</Button>
          <Button size="sm" variant="ghost" onClick={() => void session.fastForward()} title="Nobody accepts in time: the wait timeout fires">
            Fast-forward wait
          </Button>
        </div>
      ) : null}
    </section>
  );
}
