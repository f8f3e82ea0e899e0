"use client";

import { FlaskConical, MessageSquareText, RotateCcw } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import type { FlowDocument } from "@/lib/flow";
import type { PreviewSession, PreviewSnapshot } from "@/lib/preview/preview-session";
import { SaveTestDialog } from "./save-test-dialog";
import { SendNoteDialog } from "./send-note-dialog";

/** Restart, start from a chosen node, save the chat as a test, and (for testers) send a note. */
export function PreviewToolbar({
  flowId,
  document,
  session,
  snapshot,
  allowNotes,
}: {
  flowId: string;
  document: FlowDocument;
  session: PreviewSession;
  snapshot: PreviewSnapshot;
  allowNotes: boolean;
}) {
  const [saving, setSaving] = useState(false);
  const [noting, setNoting] = useState(false);
  const startable = document.nodes.filter((node) => node.kind !== "start");
  return (
    <div className="flex flex-wrap items-center gap-1.5 border-b border-slate-200 px-3 py-2">
      <Button size="sm" onClick={() => void session.restart(snapshot.startNodeId)} aria-label="Restart conversation">
        <RotateCcw className="size-3.5" /> Restart
      </Button>
      <div className="w-44">
        <Select
          aria-label="Start from node"
          className="h-7 text-xs"
          value={snapshot.startNodeId ?? ""}
          onChange={(event) => void session.restart(event.target.value || null)}
        >
          <option value="">Start from Start</option>
          {startable.map((node) => (
            <option key={node.id} value={node.id}>
              from {node.id} ({node.kind})
            </option>
          ))}
        </Select>
      </div>
      <Button size="sm" onClick={() => setSaving(true)} disabled={snapshot.turns.length === 0}>
        <FlaskConical className="size-3.5" /> Save as test
      </Button>
      {allowNotes ? (
        <Button size="sm" onClick={() => setNoting(true)}>
          <MessageSquareText className="size-3.5" /> Send note to designers
        </Button>
      ) : null}
      <SaveTestDialog flowId={flowId} session={session} snapshot={snapshot} open={saving} onOpenChange={setSaving} />
      {allowNotes ? <SendNoteDialog flowId={flowId} snapshot={snapshot} open={noting} onOpenChange={setNoting} /> : null}
    </div>
  );
}
